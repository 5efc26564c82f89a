class Settings:
    secret = "s3cret"
    sender = "noreply@example.com"


settings = Settings()
