"""The two documents' Python clients, unchanged, driven through all four services.

Doc 000's usage block and doc 001's usage lines, with real values in place of the
placeholders; where a client class has no method for a service, the call is made the way
its document's other methods make theirs (the client's own session, the same headers), at
the paths of that document's section for the service. Every job is awaited and every
output downloaded; what happened is printed as one JSON object for DocumentClientsIT to
check (the audio itself is measured there).

usage: document_clients.py BASE_URL USERNAME PASSWORD INPUT_DIR OUTPUT_DIR
"""
import json
import os
import sys
import time

import requests

from audio_processing_client import AudioProcessingClient
from clearcast_client import ClearCastClient

POLL_SECONDS = 1
DEADLINE_SECONDS = 300


def await_status(fetch, file_id):
    """Polls a status the way doc 000's usage block does, until the job is no longer under way."""
    started = time.time()
    while True:
        status = fetch(file_id)
        if status['status'] not in ('pending', 'processing'):
            return status
        if time.time() - started > DEADLINE_SECONDS:
            raise RuntimeError(f'job {file_id} still {status["status"]} after {DEADLINE_SECONDS} s')
        time.sleep(POLL_SECONDS)


def download(session, base_url, url, output_path):
    response = session.get(f'{base_url}{url}', stream=True)
    response.raise_for_status()
    with open(output_path, 'wb') as f:
        for chunk in response.iter_content(chunk_size=8192):
            f.write(chunk)
    return output_path


def clearcast(base_url, username, password, inputs, outputs):
    """Doc 000: the usage block of "Example 1", then the other three services."""
    client = ClearCastClient(base_url=base_url, username=username, password=password)
    report = {}

    # denoise: the document's own sequence
    result = client.denoise_file(os.path.join(inputs, 'noisy.wav'), boost_level='2x')
    file_id = result['file_id']
    status = await_status(client.get_file_status, file_id)
    client.download_denoised(file_id, os.path.join(outputs, 'clearcast-denoised'))
    report['denoise'] = {'upload': result, 'status': status, 'output': os.path.join(outputs, 'clearcast-denoised')}

    def file_status(section):
        return lambda fid: client.session.get(f'{base_url}/api/{section}/files/{fid}/').json()

    def download_output(section, fid, name):
        return download(client.session, base_url, f'/api/{section}/download/{fid}/', os.path.join(outputs, name))

    # vocal separation: the client's own method
    result = client.separate_vocals(os.path.join(inputs, 'music.wav'), output_type='vocals')
    status = await_status(file_status('vocal-separation'), result['file_id'])
    report['vocal_separation'] = {'upload': result, 'status': status,
                                  'output': download_output('vocal-separation', result['file_id'], 'clearcast-vocals')}

    # speaker extraction: the client's own method
    result = client.extract_speaker(os.path.join(inputs, 'conversation.wav'), os.path.join(inputs, 'sample.wav'))
    status = await_status(file_status('speaker-extraction'), result['file_id'])
    report['speaker_extraction'] = {'upload': result, 'status': status,
                                    'output': download_output('speaker-extraction', result['file_id'], 'clearcast-extracted')}

    # boost: no method in the class; doc 000's "audio boost" section, made like the others
    with open(os.path.join(inputs, 'quiet.wav'), 'rb') as audio:
        result = client.session.post(f'{base_url}/api/audio-boost/upload/', files={'audio_file': audio},
                                     data={'boost_level': '3x'}, headers={'X-CSRFToken': client.csrf_token}).json()
    status = await_status(file_status('audio-boost'), result['file_id'])
    report['boost'] = {'upload': result, 'status': status,
                       'output': download_output('audio-boost', result['file_id'], 'clearcast-boosted')}
    return report


def audio_processing(base_url, username, password, inputs, outputs):
    """Doc 001: its usage lines, then the other three services of its sections 2 to 4."""
    login = requests.Session()
    login.post(f'{base_url}/accounts/login/', data={'username': username, 'password': password}).raise_for_status()
    client = AudioProcessingClient(base_url=base_url, session_id=login.cookies.get('sessionid'),
                                   csrf_token=login.cookies.get('csrftoken'))
    report = {}

    # denoise: the document's own sequence
    result = client.denoise_file(os.path.join(inputs, 'noisy.wav'), boost_level='2x')
    file_id = result['file_id']
    processed = client.wait_for_completion(file_id, check_interval=POLL_SECONDS)
    report['denoise'] = {'upload': result, 'status': processed, 'listed': client.list_files(),
                         'output': download(client.session, base_url, processed['denoised_url'],
                                            os.path.join(outputs, 'audio-processing-denoised'))}

    def status_of(section):
        return lambda fid: client.session.get(f'{base_url}/api/{section}/files/{fid}/status/').json()

    def upload(path, files, data):
        opened = {field: open(os.path.join(inputs, name), 'rb') for field, name in files.items()}
        try:
            return client.session.post(f'{base_url}{path}', files=opened, data=data).json()
        finally:
            for f in opened.values():
                f.close()

    # 2.1 vocal separation: both stems
    result = upload('/api/vocal/separate/', {'audio_file': 'music.wav'}, {})
    status = await_status(status_of('vocal'), result['file_id'])
    report['vocal_separation'] = {'upload': result, 'status': status,
                                  'vocals': download(client.session, base_url, status['vocals_url'],
                                                     os.path.join(outputs, 'audio-processing-vocals')),
                                  'instrumental': download(client.session, base_url, status['instrumental_url'],
                                                           os.path.join(outputs, 'audio-processing-instrumental'))}

    # 3.1 boost: the documented default level
    result = upload('/api/boost/upload/', {'audio_file': 'quiet.wav'}, {})
    status = await_status(status_of('boost'), result['file_id'])
    report['boost'] = {'upload': result, 'status': status,
                       'output': download(client.session, base_url, status['boosted_url'],
                                          os.path.join(outputs, 'audio-processing-boosted'))}

    # 4.1 speaker extraction
    result = upload('/api/speaker/extract/', {'conversation_file': 'conversation.wav', 'target_speaker_file': 'sample.wav'}, {})
    status = await_status(status_of('speaker'), result['file_id'])
    report['speaker_extraction'] = {'upload': result, 'status': status,
                                    'output': download(client.session, base_url, status['extracted_url'],
                                                       os.path.join(outputs, 'audio-processing-extracted'))}

    deleted = client.session.delete(f'{base_url}/api/denoise/files/{file_id}/delete/')
    report['delete'] = {'status': deleted.status_code, 'body': deleted.json(),
                        'after': client.session.get(f'{base_url}/api/denoise/files/{file_id}/status/').status_code}
    return report


def main(base_url, username, password, inputs, outputs):
    os.makedirs(outputs, exist_ok=True)
    report = {'clearcast': clearcast(base_url, username, password, inputs, outputs),
              'audio_processing': audio_processing(base_url, username, password, inputs, outputs)}
    print('REPORT ' + json.dumps(report, ensure_ascii=False))


if __name__ == '__main__':
    main(*sys.argv[1:6])
