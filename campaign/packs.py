"""A partner pack as one zip, built when asked for and streamed."""

import io
import zipfile
from pathlib import PurePath

from django.http import StreamingHttpResponse
from django.utils.text import slugify

CHUNK = 64 * 1024


def pack_files(pack):
    """(name in the zip, open file) for each file, then the texts."""
    used = set()
    descriptions = [pack.title, "", pack.introduction, ""]
    for number, asset in enumerate(pack.assets.all(), start=1):
        source = asset.document if asset.document_id else asset.image
        name = f"{number:02d}-{asset.kind}-{PurePath(source.file.name).name}"
        while name in used:
            name = f"{number:02d}-{name}"
        used.add(name)
        descriptions += [f"{name} ({asset.get_kind_display()})", asset.description, ""]
        yield name, source.file
    yield "ready-to-use-text.txt", io.BytesIO(pack.ready_to_use_text.encode())
    yield "descriptions.txt", io.BytesIO("\n".join(descriptions).encode())


class ZipStream(io.RawIOBase):
    """A write-only buffer the zip writes into and the response drains."""

    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, data):
        self.chunks.append(bytes(data))
        return len(data)

    def drain(self):
        data, self.chunks = b"".join(self.chunks), []
        return data


def stream_zip(pack):
    sink = ZipStream()
    with zipfile.ZipFile(sink, mode="w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, source in pack_files(pack):
            handle = source.open("rb") if hasattr(source, "storage") else source
            with handle, archive.open(name, mode="w") as entry:
                while chunk := handle.read(CHUNK):
                    entry.write(chunk)
                    yield sink.drain()
            yield sink.drain()
    yield sink.drain()


def pack_zip_response(pack):
    response = StreamingHttpResponse(stream_zip(pack), content_type="application/zip")
    filename = slugify(pack.title) or "partner-pack"
    response["Content-Disposition"] = f'attachment; filename="{filename}.zip"'
    return response
