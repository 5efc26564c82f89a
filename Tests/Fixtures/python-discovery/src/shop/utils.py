import os.path
import shop.missing.deeper
from requests import adapters, sessions
