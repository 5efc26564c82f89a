from . import beta
