-- The server's key pairs for sealed contact requests. The newest is given to devices; older
-- ones stay so that requests sealed with them (waiting in an outbox, or stored) still open.
CREATE TABLE request_key (
  id text PRIMARY KEY,
  public_key text NOT NULL,
  private_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per request, keyed by the device's Idempotency-Key. Personal details stay sealed at
-- rest; they are opened only when staff read them.
CREATE TABLE contact_request (
  id uuid PRIMARY KEY,
  body_hash text NOT NULL,
  service_id text NOT NULL,
  key_id text NOT NULL REFERENCES request_key (id),
  sealed jsonb NOT NULL,
  reference text NOT NULL UNIQUE,
  promised_response_hours integer NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX contact_request_by_service ON contact_request (service_id, received_at);
