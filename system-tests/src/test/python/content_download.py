"""Doc 002 §5.2's polling example, copied unchanged, run against the server (ContentDownloadIT).

Usage: content_download.py <api_url> <token> <project_id>
Prints one line "REPORT {json}" with what wait_for_download returned.
"""
import json
import sys

# ---- doc 002 §5.2, unchanged ----
import time
import requests

def wait_for_download(api_url, token, project_id, max_wait=300):
    """منتظر تکمیل دانلود بماند"""
    headers = {"Authorization": f"Token {token}"}
    endpoint = f"{api_url}/api/projects/{project_id}/content/download-status/"
    
    start_time = time.time()
    while time.time() - start_time < max_wait:
        response = requests.get(endpoint, headers=headers)
        data = response.json()
        
        if data["status"] == "completed":
            return True, data
        elif data["status"] == "failed":
            return False, data
        
        time.sleep(5)  # هر ۵ ثانیه بررسی کن
    
    return False, {"error": "Timeout"}
# ---- end of doc 002 ----


if __name__ == "__main__":
    api_url, token, project_id = sys.argv[1:4]
    done, data = wait_for_download(api_url, token, project_id)
    print("REPORT " + json.dumps({"done": done, "data": data}, ensure_ascii=False))
