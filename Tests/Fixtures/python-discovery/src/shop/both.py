import shop.models
