-- Pending invitations, listed to administrators and cancellable (team-api.ts). Each gets an id of
-- its own for that: the token is never kept, and its hash must not travel to pages either (it is
-- what a used link is checked against). A cancelled invitation answers 410 invitation_cancelled.
ALTER TABLE staff_invitation ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX staff_invitation_id ON staff_invitation (id);
ALTER TABLE staff_invitation ADD COLUMN cancelled_at timestamptz;
