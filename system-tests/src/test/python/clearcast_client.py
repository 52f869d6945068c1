# Doc 000 (ClearCast API guide), "Example 1: complete Python client": the class exactly as
# the document prints it. Its usage block is in document_clients.py, with real values.

import requests
from pathlib import Path

class ClearCastClient:
    def __init__(self, base_url, username, password):
        self.base_url = base_url
        self.session = requests.Session()
        self.csrf_token = None
        self.login(username, password)
    
    def login(self, username, password):
        """ورود به سیستم"""
        data = {'username': username, 'password': password}
        response = self.session.post(f'{self.base_url}/accounts/login/', data=data)
        
        if response.status_code == 200:
            self.csrf_token = self.session.cookies.get('csrftoken')
            print("✓ ورود موفق")
        else:
            raise Exception("خطا در ورود")
    
    def denoise_file(self, audio_path, boost_level='none'):
        """حذف نویز از فایل"""
        headers = {'X-CSRFToken': self.csrf_token}
        files = {'audio_file': open(audio_path, 'rb')}
        data = {'boost_level': boost_level}
        
        response = self.session.post(
            f'{self.base_url}/api/denoise/upload/',
            files=files,
            data=data,
            headers=headers
        )
        
        return response.json()
    
    def get_file_status(self, file_id):
        """بررسی وضعیت پردازش"""
        response = self.session.get(f'{self.base_url}/api/denoise/files/{file_id}/')
        return response.json()
    
    def download_denoised(self, file_id, output_path):
        """دانلود فایل پردازش شده"""
        response = self.session.get(
            f'{self.base_url}/api/denoise/download/{file_id}/',
            stream=True
        )
        
        with open(output_path, 'wb') as f:
            for chunk in response.iter_content(chunk_size=8192):
                f.write(chunk)
        
        print(f"✓ فایل در {output_path} ذخیره شد")
    
    def separate_vocals(self, audio_path, output_type='vocals'):
        """جداسازی آواز"""
        headers = {'X-CSRFToken': self.csrf_token}
        files = {'audio_file': open(audio_path, 'rb')}
        data = {'output_type': output_type}
        
        response = self.session.post(
            f'{self.base_url}/api/vocal-separation/upload/',
            files=files,
            data=data,
            headers=headers
        )
        
        return response.json()
    
    def extract_speaker(self, audio_path, speaker_sample_path, boost_level='none'):
        """استخراج گوینده"""
        headers = {'X-CSRFToken': self.csrf_token}
        files = {
            'audio_file': open(audio_path, 'rb'),
            'speaker_sample': open(speaker_sample_path, 'rb')
        }
        data = {'boost_level': boost_level}
        
        response = self.session.post(
            f'{self.base_url}/api/speaker-extraction/upload/',
            files=files,
            data=data,
            headers=headers
        )
        
        return response.json()

