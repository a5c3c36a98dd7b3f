-- Volunteers work: whether a proof type's documents must carry an expiry date (insurances and licences do; a
-- territory's own type may not, e.g. a certificate of good conduct).
alter table ma_proof_type add column expiry_required boolean default true not null;
