#!/usr/bin/env bash
# Demo data for the ombudsman service: three residents' complaints at different stages, filed and
# handled through the REST API with real tokens. Safe to run again: complaints carry an
# Idempotency-Key (the same key returns the case filed first) and each step is taken only when the
# case is still in the status before it.
set -euo pipefail
source "${DAUYS_ROOT:-.}/deploy/demo/lib.sh"
dauys_service_up ombudsman || exit 0

API="$DAUYS_SERVICE_OMBUDSMAN_URL/api/ombudsman"
PASSWORD=${DAUYS_DEMO_PASSWORD:-dauys-demo}

staff_almaty=$(dauys_token ombudsman.almaty "$PASSWORD")
staff_central=$(dauys_token ombudsman.central "$PASSWORD")
# Staff become assignable once they have used the API.
dauys_api GET "$API/offices/me" "$staff_almaty" >/dev/null
dauys_api GET "$API/offices/me" "$staff_central" >/dev/null

# file USER KEY JSON: files a complaint (or finds the one filed with KEY) and prints its id.
file() {
  local token response
  token=$(dauys_token "$1" "$PASSWORD")
  response=$(curl -fsS --max-time 60 -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H 'Accept-Language: ru' -H "Idempotency-Key: $2" --data-binary "$3" "$API/complaints")
  dauys_json_field "$response" id
}

# status TOKEN ID: the case's current status as staff see it.
status() {
  local view
  view=$(dauys_api GET "$API/cases/$2" "$1")
  printf '%s' "$view" | sed -n 's/.*"summary":{[^}]*"status":"\([a-z]*\)".*/\1/p' | head -1
}

triage_json() { # OFFICE CATEGORY URGENCY
  cat <<JSON
{"answers":{"within_mandate":{"answer":true},"not_before_court":{"answer":true},
 "body_approached_first":{"answer":true,"note":"written request on file"},"person_identified":{"answer":true}},
 "category":"$2","urgency":"$3","office":"$1"}
JSON
}

# 1. Aigerim (Almaty): a disabled child refused home schooling; accepted, assigned, under inquiry.
school=$(file aigerim demo-ombudsman-school '{
  "body": {"name": "Отдел образования акимата Бостандыкского района", "territory": "KZ-75-BOSTANDYK", "central": false},
  "title": "Отказ в надомном обучении ребёнка с инвалидностью",
  "whatHappened": "Отдел образования отказался оформить надомное обучение моему сыну (инвалидность II группы), сославшись на отсутствие мест, без письменного ответа.",
  "happenedOn": "2026-10-01",
  "alreadyTried": "Письменное обращение в акимат района 5 октября, ответа нет.",
  "contactEmail": "aigerim@example.kz",
  "consentToShare": true}')
if [ "$(status "$staff_almaty" "$school")" = received ]; then
  dauys_api POST "$API/cases/$school/acknowledgement" "$staff_almaty" '{}' >/dev/null
fi
if [ "$(status "$staff_almaty" "$school")" = triage ]; then
  dauys_api PUT "$API/cases/$school/triage" "$staff_almaty" "$(triage_json KZ-75 disability CHILDREN)" >/dev/null
  dauys_api POST "$API/cases/$school/decision" "$staff_almaty" '{"outcome":"ACCEPTED","assignee":"ombudsman.almaty"}' >/dev/null
  dauys_api POST "$API/cases/$school/notes" "$staff_almaty" '{"text":"Запросить у отдела образования основания отказа и список очереди."}' >/dev/null
  dauys_api POST "$API/cases/$school/status" "$staff_almaty" '{"status":"inquiry"}' >/dev/null
fi

# 2. Olga (Astana): a pension recalculation dispute; transferred to the competent body.
pension=$(file olga demo-ombudsman-pension '{
  "body": {"name": "Отделение Государственной корпорации по г. Астане", "territory": "KZ-71", "central": false},
  "title": "Неверный перерасчёт пенсии",
  "whatHappened": "После переезда мне пересчитали пенсию без учёта стажа 1998-2003 годов, хотя трудовая книжка была представлена.",
  "alreadyTried": "Устное обращение в отделение, предложили подать жалобу.",
  "consentToShare": true}')
if [ "$(status "$staff_central" "$pension")" = received ]; then
  dauys_api POST "$API/cases/$pension/acknowledgement" "$staff_central" '{}' >/dev/null
  dauys_api PUT "$API/cases/$pension/triage" "$staff_central" "$(triage_json KZ-71 social_security STANDARD)" >/dev/null
  dauys_api POST "$API/cases/$pension/decision" "$staff_central" \
    '{"outcome":"TRANSFERRED","transferredTo":"Министерство труда и социальной защиты населения, комитет по контролю за социальным обеспечением"}' >/dev/null
fi

# 3. Nurlan (Talgar): drinking water cut off for a village; received, awaiting acknowledgement.
file nurlan demo-ombudsman-water '{
  "body": {"name": "Акимат Талгарского района", "territory": "KZ-19-TALGAR", "central": false},
  "title": "Селу третью неделю не подают питьевую воду",
  "whatHappened": "В селе Бесагаш с начала месяца нет питьевой воды; подвоз организован раз в неделю, семьи с детьми и пожилые остаются без воды.",
  "happenedOn": "2026-11-02",
  "alreadyTried": "Коллективное обращение в акимат района 4 ноября.",
  "contactPhone": "+7 701 000 00 00",
  "consentToShare": true}' >/dev/null

echo "ombudsman demo data: 3 complaints (accepted and under inquiry, transferred, received)"
