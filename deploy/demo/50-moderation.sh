#!/usr/bin/env bash
# Demo data of the moderation service. Its cases come from the other services' demo submissions
# (over Kafka), so this script works the queue like moderators would: clean submissions (risk 0) are
# approved by moderator1, flagged ones stay in the queue to show findings; daniyar reports one
# published item. Harmless when run again: only open cases are decided, a second report is a 409.
set -euo pipefail
source "$DAUYS_ROOT/deploy/demo/lib.sh"
dauys_service_up moderation || exit 0

api=$DAUYS_SERVICE_MODERATION_URL/api/moderation
password=${DAUYS_DEMO_PASSWORD:-dauys-demo}
moderator=$(dauys_token moderator1 "$password")
reporter=$(dauys_token daniyar "$password")

# Submissions of the other demo scripts reach moderation asynchronously: wait briefly for them.
queue=""
for _ in $(seq 1 15); do
  queue=$(dauys_api GET "$api/cases?size=100" "$moderator")
  if printf '%s' "$queue" | grep -q '"id":"'; then
    break
  fi
  sleep 1
done

approved=0
kept=0
while IFS= read -r line; do
  id=$(dauys_json_field "$line" id)
  [ -n "$id" ] || continue
  risk=$(dauys_json_field "$line" riskScore)
  type=$(dauys_json_field "$line" type)
  claimed=$(dauys_json_field "$line" claimedBy)
  if [ "$type" != "SUBMISSION" ] || [ "${risk:-1}" != "0" ] || { [ -n "$claimed" ] && [ "$claimed" != null ]; }; then
    kept=$((kept + 1))
    continue
  fi
  # A case of moderator1's own content answers 403: leave it to another moderator.
  if dauys_api POST "$api/cases/$id/claim" "$moderator" >/dev/null 2>&1; then
    dauys_api POST "$api/cases/$id/decision" "$moderator" '{"outcome": "APPROVE"}' >/dev/null
    approved=$((approved + 1))
  fi
done < <(printf '%s' "$queue" | sed 's/},{"id"/}\n{"id"/g')

# One report of a published item (once per user: a second run answers 409).
decided=$(dauys_api GET "$api/cases?status=DECIDED&size=100" "$moderator")
first=$(printf '%s' "$decided" | sed 's/},{"id"/}\n{"id"/g' | grep '"outcome":"APPROVE"' | head -1 || true)
if [ -n "$first" ]; then
  kind=$(dauys_json_field "$first" kind)
  item=$(dauys_json_field "$first" itemId)
  origin=$(dauys_json_field "$first" originService)
  dauys_api POST "$api/notices" "$reporter" "{\"kind\": \"$kind\", \"itemId\": \"$item\", \"originService\": \"$origin\",
    \"reason\": \"other\", \"comment\": \"Демо: проверьте, пожалуйста, актуальность адреса.\"}" >/dev/null || [ $? -eq 4 ]
fi

echo "moderation demo data loaded: $approved approved now, $kept left in the queue"
