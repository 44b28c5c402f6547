#!/bin/bash
# docs/publishing.md "by hand": a bundle made with tar, zstd, b2sum and stock minisign only must be accepted by
# pathways-cli, and a bundle made by pathways-cli must verify with stock minisign.
# Usage: by_hand.sh PATHWAYS_CLI FIXTURE_HSDS_DIR
set -euo pipefail
CLI=$1
HSDS=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

# 1. A coordinator's key made by stock minisign (unencrypted for the test), trusted by the field laptop.
minisign -G -W -p publisher.pub -s publisher.key >/dev/null
mkdir -p data/trusted-keys
cp publisher.pub data/trusted-keys/

# 2. Payload: a ustar of the CSV files, compressed with zstd.
mkdir payload
cp "$HSDS"/*.csv payload/
(cd payload && tar --format=ustar --owner=0 --group=0 -cf ../payload.tar -- *.csv)
zstd -q -19 payload.tar -o payload.tar.zst

# 3. manifest.json: sizes, BLAKE2b-512 (b2sum's default), record counts (these CSVs have no line breaks
#    inside fields, so lines minus the header is the record count).
rows() { echo $(( $(wc -l < "payload/$1") - 1 )); }
cat > manifest.json <<JSON
{
  "format": "pathways-bundle/1",
  "publisher": "Hand Made Publisher",
  "sequence": 7,
  "created": "2026-11-20T00:00:00Z",
  "expires": "2099-01-01T00:00:00Z",
  "hsds_version": "3.0",
  "min_app_version": "0.1.0",
  "payload": {
    "name": "payload.tar.zst",
    "size": $(stat -c %s payload.tar.zst),
    "uncompressed_size": $(stat -c %s payload.tar),
    "blake2b_512": "$(b2sum payload.tar.zst | cut -d' ' -f1)"
  },
  "counts": {
    "organization": $(rows organizations.csv), "service": $(rows services.csv), "location": $(rows locations.csv),
    "service_at_location": $(rows service_at_location.csv), "phone": $(rows phones.csv),
    "translation": $(rows translations.csv)
  },
  "languages": ["sl", "uk"],
  "region": "Ljubljana"
}
JSON

# 4. Sign with the trusted comment the format requires.
minisign -S -s publisher.key -m manifest.json \
  -t "pathways-bundle/1 sequence=7 expires=2099-01-01T00:00:00Z publisher=Hand Made Publisher" >/dev/null

# 5. The bundle: the three members, in this order, as ustar.
tar --format=ustar --owner=0 --group=0 -cf hand.pathways manifest.json manifest.json.minisig payload.tar.zst

"$CLI" --data-dir data bundle verify hand.pathways >/dev/null
"$CLI" --data-dir data sync hand.pathways | grep "Installed Hand Made Publisher sequence 7" >/dev/null
"$CLI" --data-dir data status | grep "Sequence:      7" >/dev/null

# 6. The other way: a bundle built by pathways-cli with the stock key verifies with stock minisign.
"$CLI" bundle build --hsds "$HSDS" --sequence 8 --expires 2099-01-01 --publisher "Hand Made Publisher" \
  --secret publisher.key --out built.pathways >/dev/null
mkdir check && tar -C check -xf built.pathways
minisign -V -p publisher.pub -m check/manifest.json | grep "sequence=8" >/dev/null
[ "$(b2sum check/payload.tar.zst | cut -d' ' -f1)" = "$(grep -o '"blake2b_512": "[0-9a-f]*"' check/manifest.json | cut -d'"' -f4)" ]
zstd -dc check/payload.tar.zst | tar -t | grep services.csv >/dev/null

# 7. Export hands on a byte-identical copy that verifies on the next laptop.
"$CLI" --data-dir data sync built.pathways >/dev/null
"$CLI" --data-dir data bundle export exported.pathways >/dev/null
cmp built.pathways exported.pathways
mkdir -p laptop2/trusted-keys && cp publisher.pub laptop2/trusted-keys/
"$CLI" --data-dir laptop2 sync exported.pathways >/dev/null

# 8. A database payload by hand: pathways-cli imports the tables once (on the publisher's machine), the
#    rest is sqlite3, zstd, b2sum, minisign and tar. The file must be one rollback-journal database.
"$CLI" --data-dir scratch import --hsds "$HSDS" >/dev/null
sqlite3 scratch/directory.sqlite "PRAGMA journal_mode = DELETE; VACUUM" >/dev/null
zstd -q -19 scratch/directory.sqlite -o directory.sqlite.zst
count() { sqlite3 scratch/directory.sqlite "SELECT count(*) FROM $1"; }
cat > manifest.json <<JSON
{
  "format": "pathways-bundle/1",
  "publisher": "Hand Made Publisher",
  "sequence": 9,
  "created": "2026-11-24T00:00:00Z",
  "expires": "2099-01-01T00:00:00Z",
  "hsds_version": "3.0",
  "min_app_version": "0.2.0",
  "payload": {
    "name": "directory.sqlite.zst",
    "directory_schema": $(sqlite3 scratch/directory.sqlite "PRAGMA user_version"),
    "size": $(stat -c %s directory.sqlite.zst),
    "uncompressed_size": $(stat -c %s scratch/directory.sqlite),
    "blake2b_512": "$(b2sum directory.sqlite.zst | cut -d' ' -f1)"
  },
  "counts": {
    "organization": $(count organization), "service": $(count service), "location": $(count location),
    "service_at_location": $(count service_at_location), "phone": $(count phone),
    "translation": $(count translation)
  },
  "languages": ["sl", "uk"],
  "region": "Ljubljana"
}
JSON
rm -f manifest.json.minisig
minisign -S -s publisher.key -m manifest.json \
  -t "pathways-bundle/1 sequence=9 expires=2099-01-01T00:00:00Z publisher=Hand Made Publisher" >/dev/null
tar --format=ustar --owner=0 --group=0 -cf hand-db.pathways manifest.json manifest.json.minisig \
  directory.sqlite.zst
"$CLI" --data-dir data bundle inspect hand-db.pathways | grep "directory.sqlite.zst" >/dev/null
"$CLI" --data-dir data sync hand-db.pathways | grep "Installed Hand Made Publisher sequence 9" >/dev/null

# 9. And built by pathways-cli: stock minisign verifies it, sqlite3 opens the payload, the next laptop takes it.
"$CLI" bundle build --hsds "$HSDS" --sequence 10 --expires 2099-01-01 --publisher "Hand Made Publisher" \
  --secret publisher.key --payload sqlite --out built-db.pathways >/dev/null
mkdir check-db && tar -C check-db -xf built-db.pathways
minisign -V -p publisher.pub -m check-db/manifest.json | grep "sequence=10" >/dev/null
zstd -q -d check-db/directory.sqlite.zst -o check-db/directory.sqlite
[ "$(sqlite3 check-db/directory.sqlite "SELECT count(*) FROM service")" = "$(count service)" ]
"$CLI" --data-dir data sync built-db.pathways | grep "Installed Hand Made Publisher sequence 10" >/dev/null
"$CLI" --data-dir data bundle export exported-db.pathways >/dev/null
cmp built-db.pathways exported-db.pathways
"$CLI" --data-dir laptop2 sync exported-db.pathways >/dev/null
echo "by-hand bundle path OK"
