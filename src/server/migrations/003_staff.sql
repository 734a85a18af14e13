-- The organisations' side: staff accounts and their sessions, the audit log, and what a
-- delivered request becomes (its state, the attempts to reach the person, a sealed note, the
-- hash of the status token only its device holds). Times that the staff code decides are
-- written from its clock (tests use a fake one); defaults are for rows written otherwise.

-- Whose request it is: the organisation that ran the service when it arrived. Every staff query
-- filters on this column (not on a join with a directory that changes).
ALTER TABLE contact_request ADD COLUMN organization_id text;
UPDATE contact_request r SET organization_id = d.doc ->> 'organization_id'
  FROM directory_item d WHERE d.collection = 'services' AND d.id = r.service_id AND d.doc IS NOT NULL;
UPDATE contact_request SET organization_id = '' WHERE organization_id IS NULL;
ALTER TABLE contact_request ALTER COLUMN organization_id SET NOT NULL;
-- The personal details are erased (set NULL) when kept long enough, or withdrawn.
ALTER TABLE contact_request ALTER COLUMN sealed DROP NOT NULL;
ALTER TABLE contact_request ADD COLUMN details_erased_at timestamptz;
-- new → opened → contacted → closed (with an outcome). Closing may come from any state.
ALTER TABLE contact_request ADD COLUMN state text NOT NULL DEFAULT 'new'
  CHECK (state IN ('new', 'opened', 'contacted', 'closed'));
ALTER TABLE contact_request ADD COLUMN outcome text
  CHECK (outcome IN ('helped', 'referred', 'not_eligible', 'unreachable', 'withdrawn'));
ALTER TABLE contact_request ADD COLUMN opened_at timestamptz;
-- The first time staff tried to reach the person (an attempt or a contact): the figures' "first contact".
ALTER TABLE contact_request ADD COLUMN first_contact_at timestamptz;
ALTER TABLE contact_request ADD COLUMN contacted_at timestamptz;
ALTER TABLE contact_request ADD COLUMN closed_at timestamptz;
-- Changes whenever what the status answer shows changes: its ETag.
ALTER TABLE contact_request ADD COLUMN status_version integer NOT NULL DEFAULT 1;
-- SHA-256 (base64url) of the random token the device made; requests from older devices have none.
ALTER TABLE contact_request ADD COLUMN status_token_hash text;
-- The staff's short note, sealed with a request key like the details ({key_id, enc, ct}).
ALTER TABLE contact_request ADD COLUMN note jsonb;
CREATE INDEX contact_request_inbox ON contact_request (organization_id, received_at DESC);
CREATE INDEX contact_request_inbox_by_service ON contact_request (organization_id, service_id, received_at DESC);
CREATE INDEX contact_request_inbox_by_state ON contact_request (organization_id, state, received_at DESC);
-- The retention job's two questions.
CREATE INDEX contact_request_closed ON contact_request (closed_at) WHERE sealed IS NOT NULL OR note IS NOT NULL;
CREATE INDEX contact_request_received ON contact_request (received_at) WHERE sealed IS NOT NULL OR note IS NOT NULL;

-- Each failed attempt to reach the person: shown to staff and, without who made it, to the device.
CREATE TABLE contact_attempt (
  id bigserial PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES contact_request (id) ON DELETE CASCADE,
  method text NOT NULL CHECK (method IN ('call', 'sms', 'whatsapp', 'email')),
  at timestamptz NOT NULL,
  account_id uuid
);
CREATE INDEX contact_attempt_by_request ON contact_attempt (request_id, at);

-- A private key whose requests are all erased and that no device can still seal for is deleted
-- from the key file; the public half stays here for the rows that name it.
ALTER TABLE request_key ADD COLUMN private_key_deleted_at timestamptz;

-- "Report a mistake" about a service: no personal data, no account.
CREATE TABLE mistake_report (
  id uuid PRIMARY KEY,
  body_hash text NOT NULL,
  service_id text NOT NULL,
  organization_id text NOT NULL,
  reason text NOT NULL CHECK (reason IN ('phone', 'moved', 'hours', 'other')),
  details text NOT NULL DEFAULT '',
  received_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz
);
CREATE INDEX mistake_report_inbox ON mistake_report (organization_id, received_at DESC);

-- A city administrator (organization_id NULL) or a member of one organisation's staff.
CREATE TABLE staff_account (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'staff')),
  organization_id text,
  -- argon2id (PHC string); NULL when the account signs in with passkeys only.
  password_hash text,
  created_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz,
  CHECK ((role = 'admin') = (organization_id IS NULL))
);
-- One live account per address (lower-cased); a removed one may be invited again.
CREATE UNIQUE INDEX staff_account_email ON staff_account (email) WHERE removed_at IS NULL;

CREATE TABLE staff_passkey (
  credential_id text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
  public_key text NOT NULL,
  counter bigint NOT NULL DEFAULT 0,
  transports jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);
CREATE INDEX staff_passkey_by_account ON staff_passkey (account_id);

-- Only the token's hash is kept: the link itself is shown once.
CREATE TABLE staff_invitation (
  token_hash text PRIMARY KEY,
  email text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'staff')),
  organization_id text,
  invited_by uuid REFERENCES staff_account (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- The cookie holds a random id; only its hash is kept, so a copy of the database signs nobody in.
CREATE TABLE staff_session (
  id_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  ended_at timestamptz
);
CREATE INDEX staff_session_by_account ON staff_session (account_id) WHERE ended_at IS NULL;

-- Failed sign-ins, counted per account and per client address for the temporary lock.
CREATE TABLE sign_in_failure (
  subject text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX sign_in_failure_by_subject ON sign_in_failure (subject, at);

-- Invitations, sign-ins, sign-outs, removals, every opening of personal details, exports.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  account_id uuid,
  email text,
  action text NOT NULL,
  organization_id text,
  request_id uuid,
  detail jsonb NOT NULL DEFAULT '{}',
  address text
);
CREATE INDEX audit_log_by_time ON audit_log (at DESC, id DESC);
