from campaign.attribution import source_marker


def campaign_source(request):
    """`source_marker` ("qr:<code>" or ""), for links that pass the way in along."""
    return {"source_marker": source_marker(request)}
