#!/usr/bin/env bash
# Shows with psql that no personal data column holds plain text (issue 15, "Personal data at rest"): for every
# column the services store encrypted, how many values it holds and how many of them are NOT ciphertext of the form
# v1:<keyId>:<base64> (all must be 0), and how many values each key wrote (a key may be retired once it wrote none).
# Then: the personal data columns and whether the database itself refuses plain text in them (domain
# personal_ciphertext), and the columns with a personal-sounding name that are kept in plain text on purpose.
# Exits 1 if any value is not ciphertext.
#
# Usage: deploy/privacy-check.sh        against the local stack's PostgreSQL (deploy/run-local.sh)
#        PGHOST=… PGPORT=… PGUSER=… PGPASSWORD=… deploy/privacy-check.sh   against another server
set -euo pipefail

export PGHOST="${PGHOST:-localhost}"
export PGPORT="${PGPORT:-${MASSWORK_POSTGRES_PORT:-15432}}"
export PGUSER="${PGUSER:-postgres}"
export PGPASSWORD="${PGPASSWORD:-postgres}"

# database table column: every column a service stores encrypted (the services' db/migration R__Reencrypt_personal_data)
COLUMNS=(
  "cadre household head_name" "cadre household address" "cadre household phone" "cadre cadre phone"
  "cadre contact_card_member phone" "cadre brother_pair village_member_name"
  "cases case_file villager_name" "cases case_file villager_phone" "cases case_file villager_address"
  "cases case_file consent_given_by"
  "risk meeting_participant name" "risk meeting_participant phone"
)
CIPHERTEXT='^v1:[a-z0-9]{1,16}:[A-Za-z0-9+/]+={0,2}$'

sql() { psql -X -q -At -F ' ' -d "$1" -c "$2"; }

printf '%-9s %-42s %8s %15s  %s\n' database column values "not ciphertext" "values per key"
plain_total=0
for entry in "${COLUMNS[@]}"; do
  read -r db table column <<<"$entry"
  read -r values plain <<<"$(sql "$db" "select count($column), count(*) filter (where $column !~ '$CIPHERTEXT') from $table")"
  keys="$(sql "$db" "select string_agg(k || '=' || n, ' ' order by k) from (select split_part($column, ':', 2) k, count(*) n
                     from $table where $column ~ '$CIPHERTEXT' group by 1) per_key")"
  printf '%-9s %-42s %8s %15s  %s\n' "$db" "$table.$column" "$values" "$plain" "${keys:--}"
  plain_total=$((plain_total + plain))
done

echo
echo "Columns the database itself keeps to ciphertext (type personal_ciphertext):"
for db in cadre cases risk; do
  sql "$db" "select '  $db ' || string_agg(table_name || '.' || column_name, ', ' order by table_name, column_name)
             from information_schema.columns where table_schema = 'public' and domain_name = 'personal_ciphertext'"
done
echo "Kept in plain text on purpose (names of places, organisations and officials; ids; free text written by staff):"
for db in cadre cases risk; do
  sql "$db" "select '  $db ' || string_agg(table_name || '.' || column_name, ', ' order by table_name, column_name)
             from information_schema.columns c where table_schema = 'public'
               and column_name ~ '(name|phone|address|contact|id_number)' and column_name !~ '_hash$'
               and coalesce(domain_name, '') <> 'personal_ciphertext'
               and exists (select 1 from information_schema.tables t where t.table_schema = 'public'
                           and t.table_name = c.table_name and t.table_type = 'BASE TABLE')"
done

echo
if ((plain_total == 0)); then
  echo "OK: every personal data value is ciphertext."
else
  echo "FAIL: $plain_total personal data values are not ciphertext." >&2
  exit 1
fi
