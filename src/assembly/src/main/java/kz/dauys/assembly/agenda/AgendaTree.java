package kz.dauys.assembly.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A session's agenda items arranged as a tree, siblings by position. */
public final class AgendaTree {

    private final Map<UUID, List<AgendaItem>> childrenByParent = new LinkedHashMap<>();

    public AgendaTree(List<AgendaItem> items) {
        for (AgendaItem item : items) {
            childrenByParent.computeIfAbsent(item.parentId, k -> new ArrayList<>()).add(item);
        }
        childrenByParent.values().forEach(list -> list.sort(Comparator.comparingInt(i -> i.position)));
    }

    public List<AgendaItem> topLevel() {
        return children(null);
    }

    public List<AgendaItem> children(UUID parentId) {
        return childrenByParent.getOrDefault(parentId, List.of());
    }

    public int depthOf(AgendaItem item, Map<UUID, AgendaItem> byId) {
        int depth = 1;
        for (UUID parent = item.parentId; parent != null; parent = byId.get(parent).parentId) {
            depth++;
        }
        return depth;
    }

    /** Every item in reading order (depth first), with its printed number. */
    public List<Numbered> inReadingOrder() {
        List<Numbered> out = new ArrayList<>();
        walk(null, "", out);
        return out;
    }

    private void walk(UUID parent, String prefix, List<Numbered> out) {
        List<AgendaItem> siblings = children(parent);
        for (int i = 0; i < siblings.size(); i++) {
            AgendaItem item = siblings.get(i);
            String order = prefix + (i + 1);
            out.add(new Numbered(order, item));
            walk(item.id, order + ".", out);
        }
    }

    public List<AgendaItemView> views() {
        return views(null, "");
    }

    private List<AgendaItemView> views(UUID parent, String prefix) {
        List<AgendaItem> siblings = children(parent);
        List<AgendaItemView> out = new ArrayList<>(siblings.size());
        for (int i = 0; i < siblings.size(); i++) {
            AgendaItem item = siblings.get(i);
            String order = prefix + (i + 1);
            out.add(view(item, order, views(item.id, order + ".")));
        }
        return out;
    }

    public static AgendaItemView view(AgendaItem item, String order, List<AgendaItemView> children) {
        AgendaItemView.Related related = item.relatedKind == null ? null
                : new AgendaItemView.Related(item.relatedKind, item.relatedId);
        AgendaItemView.Decision decision = item.result == null ? null
                : new AgendaItemView.Decision(item.result, item.decisionText, item.votesFor, item.votesAgainst,
                        item.abstentions, item.votesByName, item.decidedAt);
        return new AgendaItemView(item.id, order, item.parentId, item.position, item.title, item.description,
                item.durationMinutes, item.presenter, List.copyOf(item.documents), related, item.proposalId, decision,
                children);
    }

    public record Numbered(String order, AgendaItem item) {
    }
}
