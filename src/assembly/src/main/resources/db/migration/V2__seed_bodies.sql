-- Reference bodies. Seat counts are approximate (check against the current convocation); members are
-- entered by an administrator (deploy/demo/40-assembly.sh loads fictional demo names).
insert into body (id, kind, territory_code, locality, name, seats, secretary_username) values
('a55e0b1e-0075-4000-8000-000000000075', 'MASLIKHAT', 'KZ-75', null,
 '{"kk":"Алматы қалалық мәслихаты","ru":"Маслихат города Алматы","en":"Almaty City Maslikhat"}', 39, 'official.almaty'),
('a55e0b1e-0071-4000-8000-000000000071', 'MASLIKHAT', 'KZ-71', null,
 '{"kk":"Астана қалалық мәслихаты","ru":"Маслихат города Астаны","en":"Astana City Maslikhat"}', 39, 'official.astana'),
('a55e0b1e-0019-4000-8000-000000000019', 'MASLIKHAT', 'KZ-19', null,
 '{"kk":"Алматы облыстық мәслихаты","ru":"Алматинский областной маслихат","en":"Almaty Region Maslikhat"}', 35, null),
('a55e0b1e-1901-4000-8000-000000001901', 'MASLIKHAT', 'KZ-19-TALGAR', null,
 '{"kk":"Талғар аудандық мәслихаты","ru":"Талгарский районный маслихат","en":"Talgar District Maslikhat"}', 21, null),
('a55e0b1e-1902-4000-8000-000000001902', 'COMMUNITY_GATHERING', 'KZ-19-TALGAR',
 '{"kk":"Бесқайнар ауылдық округі","ru":"Бескайнарский сельский округ","en":"Beskainar Rural District"}',
 '{"kk":"Бесқайнар ауылдық округінің жергілікті қоғамдастық жиналысы","ru":"Собрание местного сообщества Бескайнарского сельского округа","en":"Beskainar Rural District Local Community Gathering"}', 15, null);
