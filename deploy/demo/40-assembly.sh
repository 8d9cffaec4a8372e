#!/usr/bin/env bash
# Demo data of the assembly service: members of the seeded maslikhats (fictional names), a planned
# session of the Almaty city maslikhat with a published agenda, a resident's item proposal and a
# follower. Harmless when run again: it looks before creating and PUTs are idempotent.
set -euo pipefail
source "$DAUYS_ROOT/deploy/demo/lib.sh"
dauys_service_up assembly || exit 0

api=$DAUYS_SERVICE_ASSEMBLY_URL/api
password=${DAUYS_DEMO_PASSWORD:-dauys-demo}
almaty=a55e0b1e-0075-4000-8000-000000000075
astana=a55e0b1e-0071-4000-8000-000000000071

admin=$(dauys_token admin "$password")
secretary=$(dauys_token official.almaty "$password")
aigerim=$(dauys_token aigerim "$password")

# Fictional deputies: demo names only, not the real convocation.
dauys_api PUT "$api/bodies/$almaty/members" "$admin" \
  '{"members": ["Асқар Демоұлы", "Бота Демоқызы", "Виктор Демонов", "Гүлнар Демова", "Дәурен Демоев"]}' >/dev/null
dauys_api PUT "$api/bodies/$astana/members" "$admin" \
  '{"members": ["Ерлан Демоұлы", "Жанна Демоқызы", "Игорь Демов"]}' >/dev/null

title_en="Demo: regular session on city transport"
if ! dauys_api GET "$api/bodies/$almaty/sessions?size=100" "$secretary" | grep -q "$title_en"; then
  date=$(date -d "+21 days" +%F)
  session=$(dauys_api POST "$api/bodies/$almaty/sessions" "$secretary" "{
    \"title\": {\"kk\": \"Қалалық көлік жөніндегі кезекті сессия (демо)\", \"ru\": \"Очередная сессия о городском транспорте (демо)\", \"en\": \"$title_en\"},
    \"date\": \"$date\", \"startTime\": \"10:00\", \"plannedMinutes\": 180,
    \"place\": \"Алматы, Республика алаңы, 4\", \"onlineUrl\": \"https://example.org/almaty-maslikhat/live\"}")
  session_id=$(dauys_json_field "$session" id)
  parent=$(dauys_api POST "$api/sessions/$session_id/agenda/items" "$secretary" '{
    "title": {"kk": "Қоғамдық көлік тарифтері туралы", "ru": "О тарифах на общественный транспорт", "en": "Public transport fares"},
    "description": {"ru": "Доклад управления мобильности и обсуждение", "en": "Report of the mobility department and debate"},
    "durationMinutes": 90, "presenter": "Управление городской мобильности",
    "documents": [{"title": "Проект решения", "url": "https://example.org/almaty/fares-draft.pdf"}]}')
  parent_id=$(dauys_json_field "$parent" id)
  dauys_api POST "$api/sessions/$session_id/agenda/items" "$secretary" "{
    \"parentId\": \"$parent_id\",
    \"title\": {\"kk\": \"Студенттерге жеңілдіктер\", \"ru\": \"Льготы для студентов\", \"en\": \"Student discounts\"},
    \"durationMinutes\": 30}" >/dev/null
  dauys_api POST "$api/sessions/$session_id/agenda/items" "$secretary" '{
    "title": {"kk": "Әртүрлі", "ru": "Разное", "en": "Any other business"}, "durationMinutes": 20}' >/dev/null
  dauys_api POST "$api/sessions/$session_id/transitions" "$secretary" '{"to": "agenda_published"}' >/dev/null
fi

proposal_en="Demo: night bus routes to the Alatau district"
if ! dauys_api GET "$api/me/proposals?size=100" "$aigerim" | grep -q "$proposal_en"; then
  dauys_api POST "$api/bodies/$almaty/proposals" "$aigerim" "{
    \"title\": {\"kk\": \"Алатау ауданына түнгі автобус бағыттары (демо)\", \"ru\": \"Ночные автобусы в Алатауский район (демо)\", \"en\": \"$proposal_en\"},
    \"description\": {\"ru\": \"После 23:00 из центра в Алатауский район нет автобусов. Предлагаю рассмотреть два ночных маршрута.\",
                      \"en\": \"No buses run from the centre to Alatau after 11 pm. Please consider two night routes.\"}}" >/dev/null
fi

dauys_api PUT "$api/me/followed-bodies/$almaty" "$aigerim" >/dev/null
echo "assembly demo data loaded"
