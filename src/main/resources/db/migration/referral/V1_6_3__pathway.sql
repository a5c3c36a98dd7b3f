-- Pathway: notes an agent writes in a person's pathway (the other entries come from the referrals and later modules).
create table ref_pathway_note (
    id              uuid primary key,
    territory_id    uuid not null references territory (id),
    beneficiary_id  uuid not null,
    body            varchar(2000) not null,
    author_id       uuid,
    author_name     varchar(200),
    created_at      timestamp with time zone not null
);
create index ref_pathway_note_person on ref_pathway_note (territory_id, beneficiary_id, created_at);
