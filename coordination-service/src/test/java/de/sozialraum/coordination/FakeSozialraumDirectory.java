package de.sozialraum.coordination;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.sozialraum.coordination.sozialraum.domain.SozialraumDirectory;

/** For fixture tests: the Sozialräume and goals planning recorded, as coordination's directory knows them. */
public final class FakeSozialraumDirectory implements SozialraumDirectory {

    private final Map<String, String> kommunen = new HashMap<>();
    private final Map<String, Set<String>> goals = new HashMap<>();
    private final Set<String> retired = new HashSet<>();
    private final Set<String> closedGoals = new HashSet<>();

    /** A Sozialraum of {@code kommune} with these goals. */
    public FakeSozialraumDirectory sozialraum(String sozialraumId, String kommune, String... goalIds) {
        kommunen.put(sozialraumId, kommune);
        goals.put(sozialraumId, Set.of(goalIds));
        return this;
    }

    public FakeSozialraumDirectory retired(String sozialraumId, String kommune) {
        sozialraum(sozialraumId, kommune);
        retired.add(sozialraumId);
        return this;
    }

    /** Goals planning has achieved or abandoned. */
    public FakeSozialraumDirectory closed(String... goalIds) {
        closedGoals.addAll(List.of(goalIds));
        return this;
    }

    @Override
    public Optional<String> kommuneOf(String sozialraumId) {
        return Optional.ofNullable(kommunen.get(sozialraumId));
    }

    @Override
    public boolean isRetired(String sozialraumId) {
        return retired.contains(sozialraumId);
    }

    @Override
    public Set<String> unknownGoals(String sozialraumId, Collection<String> goalIds) {
        Set<String> unknown = new HashSet<>(goalIds);
        unknown.removeAll(goals.getOrDefault(sozialraumId, Set.of()));
        return unknown;
    }

    @Override
    public Set<String> closedGoals(String sozialraumId, Collection<String> goalIds) {
        Set<String> closed = new HashSet<>(goalIds);
        closed.retainAll(closedGoals);
        return closed;
    }
}
