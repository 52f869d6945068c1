# Doc 001 (Audio Processing Services), "Complete Python Example": the class exactly as
# the document prints it. Its usage lines are in document_clients.py, with real values.

import requests
import time

class AudioProcessingClient:
    def __init__(self, base_url, session_id, csrf_token):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.cookies.set('sessionid', session_id)
        self.session.headers.update({'X-CSRFToken': csrf_token})
    
    def denoise_file(self, file_path, boost_level='none'):
        """Upload and process audio file for denoising."""
        url = f"{self.base_url}/api/denoise/upload/"
        files = {'audio_file': open(file_path, 'rb')}
        data = {'boost_level': boost_level}
        
        response = self.session.post(url, files=files, data=data)
        return response.json()
    
    def wait_for_completion(self, file_id, check_interval=5):
        """Wait for file processing to complete."""
        url = f"{self.base_url}/api/denoise/files/{file_id}/status/"
        
        while True:
            response = self.session.get(url)
            data = response.json()
            
            if data['status'] == 'completed':
                print(f"Processing completed! Download: {data['denoised_url']}")
                return data
            elif data['status'] == 'failed':
                print(f"Processing failed: {data.get('error_message')}")
                return None
            
            print(f"Status: {data['status']}... waiting {check_interval}s")
            time.sleep(check_interval)
    
    def list_files(self):
        """Get list of all processed files."""
        url = f"{self.base_url}/api/denoise/files/"
        response = self.session.get(url)
        return response.json()
