package org.toetempo.progress;

import java.util.List;

/**
 * One rule (or a few that share their conditions) of the catalogue's section 4: what it proposes for the next
 * session, from the input alone. A rule never reads another rule's proposals: {@link Resolver} decides which win.
 */
interface CoachRule {

    /** The proposals for this input; empty when the rule has nothing to say. Called only when there are sessions. */
    List<Proposal> propose(CoachInput in);
}
