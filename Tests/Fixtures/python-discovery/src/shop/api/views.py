from .. import models
from ..utils import helper
from ... import beyond
