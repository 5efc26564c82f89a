import json
import urllib.request


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url) as response:
        return json.load(response)
