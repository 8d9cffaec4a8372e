package kz.dauys.assembly.agenda;

import kz.dauys.platform.problem.ProblemException;

import java.util.List;

/** The time rules of an agenda: children fit their parent, top-level items fit the session. */
public final class AgendaRules {

    /** Sub-items may nest this deep (item, sub-item, sub-sub-item). */
    public static final int MAX_DEPTH = 3;

    private AgendaRules() {
    }

    /** 422 problem naming the first item (or the session) whose time is exceeded. */
    public static void requireDurationsFit(AgendaTree tree, int sessionMinutes) {
        int topLevel = sum(tree.topLevel());
        if (topLevel > sessionMinutes) {
            throw ProblemException.unprocessable("agenda-too-long",
                    "The top-level items take " + topLevel + " minutes but the session is planned for "
                            + sessionMinutes + " minutes.");
        }
        for (AgendaTree.Numbered numbered : tree.inReadingOrder()) {
            AgendaItem item = numbered.item();
            int children = sum(tree.children(item.id));
            if (children > item.durationMinutes) {
                throw ProblemException.unprocessable("agenda-item-too-long",
                        "The sub-items of item " + numbered.order() + " take " + children
                                + " minutes but the item has " + item.durationMinutes + " minutes.");
            }
        }
    }

    private static int sum(List<AgendaItem> items) {
        return items.stream().mapToInt(i -> i.durationMinutes).sum();
    }
}
