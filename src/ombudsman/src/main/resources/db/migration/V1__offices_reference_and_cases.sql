-- Ombudsman service: offices, triage reference data, cases and everything recorded about them.

-- The central office ('central') and one regional representative per region (KZ-xx), seeded at
-- startup from the kernel territory catalogue.
create table office (
    code        text primary key,
    kind        text not null check (kind in ('CENTRAL', 'REGIONAL')),
    region_code text unique,
    name_kk     text not null,
    name_ru     text not null,
    name_en     text not null
);

-- Staff seen on the API (so a case can be assigned to a known member of its office).
create table staff_member (
    username     text primary key,
    subject      text        not null,
    display_name text        not null,
    office_code  text        not null references office (code),
    last_seen_at timestamptz not null
);

-- Categories of rights a case concerns (reference data, editable by administrators in the database).
create table rights_category (
    code     text primary key,
    position integer not null,
    name_kk  text    not null,
    name_ru  text    not null,
    name_en  text    not null
);

insert into rights_category (code, position, name_kk, name_ru, name_en) values
('life_health',          10, 'Өмір және денсаулық құқығы',            'Право на жизнь и охрану здоровья',           'Right to life and health'),
('liberty_detention',    20, 'Жеке бостандық және ұстау',              'Личная свобода и содержание под стражей',    'Liberty and detention'),
('torture',              30, 'Азаптау мен қатыгез қарым-қатынас',      'Пытки и жестокое обращение',                 'Torture and ill-treatment'),
('fair_trial',           40, 'Әділ сот талқылауы',                     'Справедливое судебное разбирательство',      'Fair trial and access to justice'),
('privacy',              50, 'Жеке өмірге қол сұқпаушылық',            'Неприкосновенность частной жизни',           'Privacy and personal data'),
('freedom_of_expression',60, 'Сөз және жиналыс бостандығы',            'Свобода слова и собраний',                   'Freedom of expression and assembly'),
('religion',             70, 'Ар-ождан бостандығы',                    'Свобода совести',                            'Freedom of religion and belief'),
('discrimination',       80, 'Кемсітушілік',                           'Дискриминация',                              'Equality and non-discrimination'),
('children',             90, 'Бала құқықтары',                         'Права ребёнка',                              'Rights of the child'),
('disability',          100, 'Мүгедектігі бар адамдардың құқықтары',   'Права лиц с инвалидностью',                  'Rights of persons with disabilities'),
('social_security',     110, 'Әлеуметтік қамсыздандыру',               'Социальное обеспечение',                     'Social security'),
('labour',              120, 'Еңбек құқықтары',                        'Трудовые права',                             'Labour rights'),
('housing_property',    130, 'Тұрғын үй және меншік',                  'Жильё и собственность',                      'Housing and property'),
('education',           140, 'Білім алу құқығы',                       'Право на образование',                       'Right to education'),
('environment',         150, 'Қолайлы қоршаған орта',                  'Благоприятная окружающая среда',             'Healthy environment');

-- The admissibility checklist: each question must be answered "yes" for a case to be accepted.
create table admissibility_question (
    code        text primary key,
    position    integer not null,
    question_kk text    not null,
    question_ru text    not null,
    question_en text    not null
);

insert into admissibility_question (code, position, question_kk, question_ru, question_en) values
('within_mandate', 10,
 'Шағым Уәкілдің құзыретіне жата ма (Президенттің, Парламенттің, Конституциялық Соттың, ОСК-ның әрекеттері және сот актілері емес)?',
 'Относится ли жалоба к компетенции Уполномоченного (не о действиях Президента, Парламента, Конституционного Суда, ЦИК и не об актах судов)?',
 'Is the complaint within the Ombudsman''s mandate (not about acts of the President, Parliament, the Constitutional Court, the Central Election Commission or court rulings)?'),
('not_before_court', 20,
 'Мәселе сотта қаралып жатқан жоқ па және сот шешімі шықпаған ба?',
 'Не находится ли вопрос на рассмотрении суда и нет ли по нему судебного решения?',
 'Is the matter neither pending before a court nor already decided by one?'),
('body_approached_first', 30,
 'Өтініш беруші алдымен тиісті органға жүгінді ме?',
 'Обращался ли заявитель сначала в соответствующий орган?',
 'Did the complainant first approach the body concerned?'),
('person_identified', 40,
 'Өтініш беруші анықталған ба немесе келісімімен өкілдік етіледі ме?',
 'Установлена ли личность заявителя или он представлен с его согласия?',
 'Is the person identified, or represented with their consent?');

create sequence case_number_seq;

create table ombudsman_case (
    id                       uuid primary key,
    number                   text        not null unique,
    source_kind              text        not null check (source_kind in ('COMPLAINT', 'PETITION', 'MODERATION_CASE')),
    source_id                text        not null,
    source_link              text,
    status                   text        not null,
    office_code              text        not null references office (code),
    proposed_office_code     text        not null references office (code),
    assignee_username        text,
    urgency                  text        not null,
    urgency_rank             integer     not null,
    category_code            text references rights_category (code),
    body_name                text        not null,
    body_territory           text,
    complainant_region       text,
    complainant_subject      text,
    complainant_iin_hash     text,
    complainant_language     text,
    -- Free texts below are AES-GCM encrypted at rest (prefix "<key id>:").
    complainant_name         text,
    contact_email            text,
    contact_phone            text,
    represented_person       text,
    representation_consent   boolean     not null default false,
    consent_to_share         boolean     not null default false,
    title                    text        not null,
    description              text        not null,
    already_tried            text,
    happened_on              date,
    received_at              timestamptz not null,
    received_on              date        not null,
    acknowledgement_due_on   date        not null,
    acknowledged_on          date,
    decision_due_on          date        not null,
    transfer_due_on          date        not null,
    extended_until           date,
    extension_reason         text,
    extended_on              date,
    extension_notice_due_on  date,
    extension_notice_sent_on date,
    decided_on               date,
    outcome_reasons          text,
    redirect_to              text,
    transferred_to           text,
    complainant_told_on      date,
    recommendation           text,
    recommendation_issued_on date,
    answer_due_on            date,
    body_answer              text,
    body_answered_on         date,
    closing_summary          text,
    closed_on                date,
    -- The deadline running in the current status (kept by the application, for the queue's filter and order).
    next_due_on              date,
    triage_answers           jsonb,
    triaged_by               text,
    triaged_at               timestamptz,
    version                  integer     not null default 0,
    constraint one_case_per_source unique (source_kind, source_id)
);
create index ombudsman_case_queue on ombudsman_case (office_code, status, urgency_rank, next_due_on);
create index ombudsman_case_complainant on ombudsman_case (complainant_subject) where complainant_subject is not null;

-- What happened to a case, in order (status changes, assignments, extensions...).
create table case_event (
    id          bigint generated always as identity primary key,
    case_id     uuid        not null references ombudsman_case (id),
    kind        text        not null,
    from_status text,
    to_status   text,
    actor       text        not null,
    detail      text,
    at          timestamptz not null
);
create index case_event_case on case_event (case_id, id);

-- Internal notes (staff only) and messages exchanged with the complainant; text encrypted at rest.
create table case_message (
    id              uuid primary key,
    case_id         uuid        not null references ombudsman_case (id),
    kind            text        not null check (kind in ('INTERNAL_NOTE', 'TO_COMPLAINANT', 'FROM_COMPLAINANT')),
    author_username text        not null,
    author_name     text        not null,
    text            text        not null,
    created_at      timestamptz not null
);
create index case_message_case on case_message (case_id, created_at);

-- Every read of a case: who, when, in which capacity.
create table case_access (
    id              bigint generated always as identity primary key,
    case_id         uuid        not null references ombudsman_case (id),
    reader_subject  text        not null,
    reader_username text        not null,
    capacity        text        not null,
    reader_office   text,
    read_at         timestamptz not null
);
create index case_access_case on case_access (case_id, read_at);
