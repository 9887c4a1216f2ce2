import ipaddress

from core.ratelimit import client_address


def client_ip(request):
    """The client address django-axes counts by (AXES_CLIENT_IP_CALLABLE): core's,
    or None when it is not an IP address (no REMOTE_ADDR, or a forged
    X-Forwarded-For entry), which the database's address column would refuse."""
    address = client_address(request)
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return None
    return address
