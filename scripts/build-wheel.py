#!/usr/bin/env python3
"""Packs a built archlint binary into a platform wheel, the way native tools ship on PyPI.

    scripts/build-wheel.py BINARY VERSION LICENSE README OUTPUT_DIR

The wheel holds no Python code: the binary is a script of the wheel's data
(`archlint-VERSION.data/scripts/archlint`), so `pip install` copies it, executable, into the
environment's `bin/`. The binary is fully static, so one wheel fits every manylinux2014 system.
Entries carry the time of SOURCE_DATE_EPOCH (default: 1980-01-01), so the same binary gives the
same wheel byte for byte.
"""

import base64
import csv
import hashlib
import io
import os
import re
import sys
import time
import zipfile

NAME = "archlint"
PLATFORM_TAGS = ["manylinux_2_17_x86_64", "manylinux2014_x86_64"]
SUMMARY = "Checks that a Swift and Python codebase keeps its declared architecture (import contracts)."


def record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def metadata(version: str, readme: str) -> bytes:
    headers = [
        ("Metadata-Version", "2.4"),
        ("Name", NAME),
        ("Version", version),
        ("Summary", SUMMARY),
        ("License-Expression", "MIT"),
        ("License-File", "LICENSE"),
        ("Keywords", "architecture,imports,import-linter,lint,swift,python"),
        ("Classifier", "Environment :: Console"),
        ("Classifier", "Operating System :: POSIX :: Linux"),
        ("Classifier", "Programming Language :: Python :: 3"),
        ("Classifier", "Programming Language :: Swift"),
        ("Classifier", "Topic :: Software Development :: Quality Assurance"),
        ("Requires-Python", ">=3.7"),
        ("Description-Content-Type", "text/markdown; charset=UTF-8"),
    ]
    head = "".join(f"{key}: {value}\n" for key, value in headers)
    return (head + "\n" + readme).encode("utf-8")


def wheel_file() -> bytes:
    lines = ["Wheel-Version: 1.0", "Generator: archlint scripts/build-wheel.py", "Root-Is-Purelib: false"]
    lines += [f"Tag: py3-none-{tag}" for tag in PLATFORM_TAGS]
    return ("\n".join(lines) + "\n").encode("ascii")


def main() -> int:
    if len(sys.argv) != 6:
        print("usage: " + __doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    binary, version, license_path, readme_path, output_dir = sys.argv[1:]
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)*([a-z]+[0-9]+)?", version):
        print(f"error: '{version}' is not a version a wheel may carry", file=sys.stderr)
        return 2

    with open(binary, "rb") as f:
        binary_bytes = f.read()
    with open(license_path, "rb") as f:
        license_bytes = f.read()
    with open(readme_path, encoding="utf-8") as f:
        readme = f.read()

    data_dir = f"{NAME}-{version}.data"
    dist_info = f"{NAME}-{version}.dist-info"
    # (path in the wheel, contents, Unix mode); the .dist-info comes last, RECORD at the very end.
    entries = [
        (f"{data_dir}/scripts/{NAME}", binary_bytes, 0o755),
        (f"{dist_info}/METADATA", metadata(version, readme), 0o644),
        (f"{dist_info}/WHEEL", wheel_file(), 0o644),
        (f"{dist_info}/licenses/LICENSE", license_bytes, 0o644),
    ]
    record_path = f"{dist_info}/RECORD"
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    for path, contents, _ in entries:
        writer.writerow([path, record_hash(contents), len(contents)])
    writer.writerow([record_path, "", ""])
    entries.append((record_path, record.getvalue().encode("utf-8"), 0o644))

    epoch = max(int(os.environ.get("SOURCE_DATE_EPOCH", "315532800")), 315532800)
    date_time = time.gmtime(epoch)[:6]
    tags = ".".join(PLATFORM_TAGS)
    wheel_path = os.path.join(output_dir, f"{NAME}-{version}-py3-none-{tags}.whl")
    with zipfile.ZipFile(wheel_path, "w", compression=zipfile.ZIP_DEFLATED) as wheel:
        for path, contents, mode in entries:
            info = zipfile.ZipInfo(path, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so that external_attr holds a Unix mode
            info.external_attr = (0o100000 | mode) << 16  # a regular file with this mode
            wheel.writestr(info, contents)
    print(wheel_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
