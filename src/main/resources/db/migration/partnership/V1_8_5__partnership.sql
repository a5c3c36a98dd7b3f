-- Partner onboarding (issue 7): partnership requests, their history, contract templates and the invitations
-- issued at activation.

create table pts_request (
    id uuid primary key,
    territory_id uuid not null,
    reference varchar(20) not null,
    status varchar(24) not null,
    language varchar(2) not null,
    org_name varchar(300) not null,
    org_kind varchar(32) not null,
    legal_id varchar(40),
    address varchar(300) not null,
    postal_code varchar(16) not null,
    city varchar(120) not null,
    phone varchar(40) not null,
    email varchar(254) not null,
    website varchar(500),
    rep_name varchar(200) not null,
    rep_function varchar(200) not null,
    rep_email varchar(254) not null,
    contact_name varchar(200) not null,
    contact_email varchar(254) not null,
    contact_phone varchar(40),
    activity varchar(4000) not null,
    changes_message varchar(4000),
    refusal_reason varchar(4000),
    contract_file_id uuid,
    contract_sha256 varchar(64),
    contract_language varchar(2),
    contract_version integer,
    contract_sent_at timestamp with time zone,
    signature_kind varchar(16),
    accepted_name varchar(200),
    accepted_at timestamp with time zone,
    accepted_ip varchar(64),
    accepted_sha256 varchar(64),
    signed_file_id uuid,
    signed_sha256 varchar(64),
    organisation_id uuid,
    activated_at timestamp with time zone,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null,
    constraint uk_pts_request_reference unique (reference)
);

create index ix_pts_request_territory on pts_request (territory_id, status);

create table pts_step (
    id uuid primary key,
    request_id uuid not null references pts_request (id) on delete cascade,
    from_status varchar(24),
    to_status varchar(24) not null,
    by_user uuid,
    by_name varchar(200),
    note varchar(4000),
    at timestamp with time zone not null
);

create index ix_pts_step_request on pts_step (request_id, at);

create table pts_contract_template (
    id uuid primary key,
    territory_id uuid not null,
    language varchar(2) not null,
    version integer not null,
    body text not null,
    created_by uuid,
    created_at timestamp with time zone not null,
    constraint uk_pts_template_version unique (territory_id, language, version)
);

create table pts_invitation (
    id uuid primary key,
    request_id uuid not null references pts_request (id) on delete cascade,
    invitation_id uuid not null,
    organisation_id uuid not null,
    email varchar(254) not null,
    accepted_at timestamp with time zone,
    constraint uk_pts_invitation unique (invitation_id)
);

-- private links to a request's status page, one per mail sent to the applicant (token hashed)
create table pts_link (
    id uuid primary key,
    request_id uuid not null references pts_request (id) on delete cascade,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    constraint uk_pts_link_token unique (token_hash)
);
