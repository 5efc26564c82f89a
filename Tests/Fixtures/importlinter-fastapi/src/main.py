from fastapi import FastAPI

from src.auth.router import router as auth_router
from src.billing.router import router as billing_router
from src.notifications.router import router as notifications_router

app = FastAPI()
for router in (auth_router, billing_router, notifications_router):
    app.include_router(router)
