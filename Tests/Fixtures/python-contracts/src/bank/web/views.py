import requests
import requests.adapters  # forbidden: the web layer must not tune HTTP transport

from bank.services import transfers


def transfer_view(request):
    return transfers.transfer(request["from"], request["to"], request["amount"])
