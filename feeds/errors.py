class FeedError(Exception):
    """A source that could not be fetched or read; the message, already
    translated, is shown to the source's editors as its last error."""
