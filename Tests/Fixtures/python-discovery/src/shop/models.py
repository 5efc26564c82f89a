from __future__ import annotations

import json
from typing import TYPE_CHECKING

from shop import utils
from shop.api import views, missing_name

if TYPE_CHECKING:
    from shop.api.views import View
    import requests.adapters
else:
    import shop.both


class Order:
    def to_json(self):
        from . import notapackage  # not a module: the package itself
        return json.dumps({})
