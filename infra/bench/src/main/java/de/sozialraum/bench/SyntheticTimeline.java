package de.sozialraum.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import de.sozialraum.reporting.timeline.api.TimelineEntry;

/**
 * A synthetic, deterministic (per seed) timeline of one Sozialraum: drafts of timeline entries (no position, no hashes
 * yet) as reporting receives them from Kafka, with event types, payloads, actors and aggregates as in docs/events.md, and
 * times that increase (10 s to 10 min apart). The entries form a consistent history: the Sozialraum is registered first;
 * goals are set, revised and closed; assignments are issued to departments, accepted or declined, make progress, are
 * blocked and unblocked, completed or overdue; values are measured (each indicator's series monthly, one value per
 * period); decisions are recorded and amended; participation formats collect contributions that are answered.
 *
 * <p>Measurement periods run from 1990-01 to 2100-12 per indicator, so at most {@value #INDICATOR_COUNT} × 1,332
 * measurements fit a timeline; beyond that the other types fill in.
 *
 * <p>Not thread-safe; one instance per timeline.
 */
public final class SyntheticTimeline implements Iterator<TimelineEntry> {

    private static final String PLANNING = "urn:sozialraum-koordination:planning-service";
    private static final String COORDINATION = "urn:sozialraum-koordination:coordination-service";
    private static final String PLANNING_TYPE = "de.sozialraum.planning.";
    private static final String COORDINATION_TYPE = "de.sozialraum.coordination.";

    private static final List<String> DEPARTMENTS = List.of("jugendamt", "sozialamt", "gesundheitsamt", "schulverwaltungsamt",
            "traeger-awo");
    private static final Map<String, TimelineEntry.Actor> HEADS = Map.of(
            "jugendamt", new TimelineEntry.Actor("leitung-jugendamt", "Jonas Keller (Leitung Jugendamt)", "DEPARTMENT_HEAD", "jugendamt"),
            "sozialamt", new TimelineEntry.Actor("leitung-sozialamt", "Sabine Roth (Leitung Sozialamt)", "DEPARTMENT_HEAD", "sozialamt"),
            "gesundheitsamt", new TimelineEntry.Actor("leitung-gesundheitsamt", "Dr. Aylin Demir (Leitung Gesundheitsamt)",
                    "DEPARTMENT_HEAD", "gesundheitsamt"),
            "schulverwaltungsamt", new TimelineEntry.Actor("leitung-schulverwaltungsamt", "Peter Hahn (Leitung Schulverwaltungsamt)",
                    "DEPARTMENT_HEAD", "schulverwaltungsamt"),
            "traeger-awo", new TimelineEntry.Actor("leitung-traeger-awo", "Katrin Busch (AWO Kreisverband)", "DEPARTMENT_HEAD",
                    "traeger-awo"));
    private static final TimelineEntry.Actor STABSSTELLE = new TimelineEntry.Actor("stabsstelle", "Miriam Vogt (Stabsstelle Sozialplanung)",
            "STABSSTELLE", null);
    private static final TimelineEntry.Actor SYSTEM = new TimelineEntry.Actor("system", "Systemkonto (ohne Anmeldung)", "SYSTEM", null);

    private static final List<String> HANDLUNGSFELDER = List.of("JUGENDHILFE", "ALTENHILFE", "BILDUNG", "WOHNEN", "GESUNDHEIT",
            "INKLUSION", "INTEGRATION");
    private static final List<String> LEITZIELE = List.of("TEILHABE", "CHANCENGLEICHHEIT", "ARMUTSBEKAEMPFUNG", "BILDUNGSGERECHTIGKEIT",
            "GESUNDHEITLICHE_CHANCENGLEICHHEIT", "SOZIALER_ZUSAMMENHALT");
    private static final List<String> TARGET_GROUPS = List.of("MENSCHEN_MIT_BEHINDERUNG", "MIGRANTINNEN", "PFLEGEBEDUERFTIGE",
            "ALLEINERZIEHENDE", "KINDER_UND_JUGENDLICHE", "AELTERE", "ARMUTSGEFAEHRDETE_HAUSHALTE");
    private static final List<String> GOAL_TITLES = List.of("Kinderarmut senken", "Schulabbrüche verringern",
            "Wohnortnahe Pflegeberatung ausbauen", "Sprachförderung vor der Einschulung sichern", "Treffpunkte für Ältere schaffen",
            "Barrierefreie Wege im Quartier", "Wohnungslosigkeit vermeiden", "Vorsorgeuntersuchungen U7–U9 erhöhen");
    private static final List<String> ASSIGNMENT_TITLES = List.of("Familienzentrum Lobeda-West konzipieren",
            "Schulsozialarbeit an der Grundschule aufstocken", "Aufsuchende Seniorenarbeit einrichten",
            "Mietschuldenberatung im Stadtteilbüro anbieten", "Sprachcafé mit Ehrenamtlichen starten",
            "Bestandsaufnahme barrierefreier Zugänge", "Elternabende zur U-Untersuchung organisieren");
    private static final List<String> BODIES = List.of("STEUERUNGSGRUPPE", "JUGENDHILFEAUSSCHUSS", "SOZIALAUSSCHUSS", "STADTRAT");
    private static final List<String> PARTICIPATION_KINDS = List.of("BUERGERFORUM", "BEFRAGUNG", "JUGENDFORUM", "TRAEGERKONFERENZ",
            "STADTTEILSPAZIERGANG", "ONLINE_BETEILIGUNG");
    private static final int INDICATOR_COUNT = 48;
    private static final YearMonth FIRST_PERIOD = YearMonth.of(1990, 1);
    private static final YearMonth LAST_PERIOD = YearMonth.of(2100, 12);
    private static final int MAX_OPEN_GOALS = 30;
    private static final int MAX_OPEN_ASSIGNMENTS = 60;
    /** Decisions and participation formats that later events may still refer to. */
    private static final int MAX_KEPT = 200;
    private static final int MAX_OPEN_CONTRIBUTIONS = 100;

    private final Random random;
    private final String sozialraumId;
    private final String kommuneKey;
    private Instant time;
    private long generated;

    private final List<Goal> goals = new ArrayList<>();
    private final List<Assignment> issued = new ArrayList<>();
    private final List<Assignment> working = new ArrayList<>();
    private final List<Assignment> blocked = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<String> participations = new ArrayList<>();
    private final List<String[]> contributions = new ArrayList<>(); // contributionId, participationId
    private final YearMonth[] nextPeriod = new YearMonth[INDICATOR_COUNT];
    private final Map<String, Long> sequences = new HashMap<>();
    private long sozialraumSequence;

    /**
     * @param sozialraumId the Sozialraum, which is also the timeline id
     * @param kommuneKey   its Kommune
     * @param seed         the same seed gives the same entries (ids included)
     * @param start        the time of the first entry
     */
    public SyntheticTimeline(String sozialraumId, String kommuneKey, long seed, Instant start) {
        this.random = new Random(seed);
        this.sozialraumId = sozialraumId;
        this.kommuneKey = kommuneKey;
        this.time = start.truncatedTo(ChronoUnit.MILLIS);
        Arrays.fill(nextPeriod, FIRST_PERIOD);
    }

    /** A timeline of Jena (16053) whose Sozialraum id follows from {@code seed}, starting on 2024-01-08. */
    public static SyntheticTimeline ofSeed(long seed) {
        Random ids = new Random(seed ^ 0x5DEECE66DL);
        return new SyntheticTimeline(uuid(ids), "16053", seed, Instant.parse("2024-01-08T07:30:00Z"));
    }

    public String timelineId() {
        return sozialraumId;
    }

    public String kommuneKey() {
        return kommuneKey;
    }

    /** The time of the last entry generated (the start before the first). */
    public Instant time() {
        return time;
    }

    /** How many entries were generated so far. */
    public long generated() {
        return generated;
    }

    /** Always: the timeline goes on as long as it is asked. */
    @Override
    public boolean hasNext() {
        return true;
    }

    /** The next entry's draft (position 0, no hashes). */
    @Override
    public TimelineEntry next() {
        if (generated > 0) {
            time = time.plusMillis(10_000 + random.nextInt(590_000));
        }
        generated++;
        return generated == 1 ? registered() : pick();
    }

    /** The next {@code count} drafts. */
    public List<TimelineEntry> next(int count) {
        List<TimelineEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(next());
        }
        return entries;
    }

    // --- choosing what happens next: a weight for each kind of event that is possible now ---

    private TimelineEntry pick() {
        int measurable = measurableIndicator();
        int[] weights = {
                goals.size() < MAX_OPEN_GOALS ? 4 : 0,                                     // 0 GoalSet
                goals.isEmpty() ? 0 : 2,                                                   // 1 GoalRevised
                goals.size() > 5 ? 2 : 0,                                                  // 2 GoalClosed
                issued.size() + working.size() + blocked.size() < MAX_OPEN_ASSIGNMENTS ? 9 : 0, // 3 AssignmentIssued
                issued.isEmpty() ? 0 : 7,                                                  // 4 AssignmentAccepted
                issued.isEmpty() ? 0 : 1,                                                  // 5 AssignmentDeclined
                working.isEmpty() ? 0 : 16,                                                // 6 AssignmentProgressReported
                working.isEmpty() ? 0 : 1,                                                 // 7 AssignmentBlocked
                blocked.isEmpty() ? 0 : 1,                                                 // 8 AssignmentUnblocked
                working.isEmpty() ? 0 : 6,                                                 // 9 AssignmentCompleted
                working.isEmpty() ? 0 : 1,                                                 // 10 AssignmentOverdue
                measurable < 0 ? 0 : 30,                                                   // 11 MeasurementRecorded
                3,                                                                         // 12 DecisionRecorded
                decisions.isEmpty() ? 0 : 1,                                               // 13 DecisionAmended
                2,                                                                         // 14 ParticipationRecorded
                participations.isEmpty() || contributions.size() >= MAX_OPEN_CONTRIBUTIONS ? 0 : 3, // 15 ContributionReceived
                contributions.isEmpty() ? 0 : 2};                                          // 16 ContributionAnswered
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int chosen = random.nextInt(total);
        int kind = 0;
        while (chosen >= weights[kind]) {
            chosen -= weights[kind++];
        }
        return switch (kind) {
            case 0 -> goalSet();
            case 1 -> goalRevised();
            case 2 -> goalClosed();
            case 3 -> assignmentIssued();
            case 4 -> assignmentAccepted();
            case 5 -> assignmentDeclined();
            case 6 -> progressReported();
            case 7 -> assignmentBlocked();
            case 8 -> assignmentUnblocked();
            case 9 -> assignmentCompleted();
            case 10 -> assignmentOverdue();
            case 11 -> measurementRecorded(measurable);
            case 12 -> decisionRecorded();
            case 13 -> decisionAmended();
            case 14 -> participationRecorded();
            case 15 -> contributionReceived();
            default -> contributionAnswered();
        };
    }

    // --- planning ---

    private TimelineEntry registered() {
        Map<String, Object> data = sozialraumData();
        data.put("name", "Lobeda-" + Integer.toHexString(sozialraumId.hashCode()));
        data.put("kind", "STADTTEIL");
        data.put("parentId", null);
        data.put("population", 5_000 + random.nextInt(30_000));
        data.put("boundary", Map.of("type", "MultiPolygon", "coordinates",
                List.of(List.of(List.of(List.of(11.58, 50.87), List.of(11.62, 50.87), List.of(11.62, 50.9), List.of(11.58, 50.87))))));
        data.put("restructuring", null);
        data.put("predecessorIds", List.of());
        return planning("SozialraumRegistered", STABSSTELLE, data);
    }

    private TimelineEntry goalSet() {
        Goal goal = new Goal(uuid(random), pick(GOAL_TITLES), pick(HANDLUNGSFELDER), pick(DEPARTMENTS), random.nextInt(INDICATOR_COUNT));
        goals.add(goal);
        Map<String, Object> data = goalData(goal);
        data.put("carriedOverFrom", null);
        return planning("GoalSet", STABSSTELLE, data);
    }

    private TimelineEntry goalRevised() {
        Goal goal = pick(goals);
        goal.revision++;
        goal.title = pick(GOAL_TITLES) + " (überarbeitet)";
        Map<String, Object> data = goalData(goal);
        data.put("reason", "Fortschreibung nach Sozialraumkonferenz");
        data.put("revision", goal.revision);
        return planning("GoalRevised", STABSSTELLE, data);
    }

    private TimelineEntry goalClosed() {
        Goal goal = removeRandom(goals);
        boolean achieved = random.nextInt(3) > 0;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("goalId", goal.id);
        data.put("sozialraumId", sozialraumId);
        data.put("kommuneKey", kommuneKey);
        data.put("outcome", achieved ? "ACHIEVED" : "ABANDONED");
        data.put("note", achieved ? "Zielwert im Monitoring erreicht" : "Priorität im Haushalt verschoben");
        data.put("carriedOverTo", null);
        return planning("GoalClosed", STABSSTELLE, data);
    }

    private Map<String, Object> goalData(Goal goal) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("goalId", goal.id);
        data.put("sozialraumId", sozialraumId);
        data.put("kommuneKey", kommuneKey);
        data.put("title", goal.title);
        data.put("handlungsfeld", goal.handlungsfeld);
        data.put("dueDate", date(30 + random.nextInt(700)));
        data.put("leitziel", LEITZIELE.get(goal.handlungsfeld.length() % LEITZIELE.size()));
        data.put("targetGroups", List.of(TARGET_GROUPS.get(goal.indicator % TARGET_GROUPS.size())));
        data.put("leadDepartment", goal.leadDepartment);
        data.put("target", Map.of("indicatorCode", indicator(goal.indicator), "baseline", 18.4, "baselinePeriod", "2024",
                "targetValue", 15.0));
        return data;
    }

    private int measurableIndicator() {
        int first = random.nextInt(INDICATOR_COUNT);
        for (int i = 0; i < INDICATOR_COUNT; i++) {
            int indicator = (first + i) % INDICATOR_COUNT;
            if (!nextPeriod[indicator].isAfter(LAST_PERIOD)) {
                return indicator;
            }
        }
        return -1;
    }

    private TimelineEntry measurementRecorded(int indicator) {
        YearMonth period = nextPeriod[indicator];
        nextPeriod[indicator] = period.plusMonths(1);
        Map<String, Object> data = sozialraumData();
        data.put("indicatorCode", indicator(indicator));
        data.put("period", period.toString());
        data.put("periodEnd", period.atEndOfMonth().toString());
        data.put("value", Math.round(random.nextDouble() * 10_000) / 100.0);
        return entry(PLANNING, PLANNING_TYPE + "MeasurementRecorded.v1", STABSSTELLE, "MeasurementSeries",
                sozialraumId + "/" + indicator(indicator), data);
    }

    private TimelineEntry participationRecorded() {
        String participationId = uuid(random);
        participations.add(participationId);
        if (participations.size() > MAX_KEPT) {
            participations.remove(0);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("participationId", participationId);
        data.put("sozialraumId", sozialraumId);
        data.put("kommuneKey", kommuneKey);
        data.put("kind", pick(PARTICIPATION_KINDS));
        data.put("title", "Stadtteilforum " + date(-random.nextInt(7)));
        data.put("heldOn", date(-random.nextInt(7)));
        data.put("participants", 5 + random.nextInt(120));
        data.put("groupsReached", List.of(pick(TARGET_GROUPS)));
        return entry(PLANNING, PLANNING_TYPE + "ParticipationRecorded.v1", STABSSTELLE, "Participation", participationId, data);
    }

    private TimelineEntry contributionReceived() {
        String contributionId = uuid(random);
        String participationId = pick(participations);
        contributions.add(new String[] {contributionId, participationId});
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contributionId", contributionId);
        data.put("participationId", participationId);
        data.put("sozialraumId", sozialraumId);
        data.put("kommuneKey", kommuneKey);
        data.put("topic", pick(HANDLUNGSFELDER));
        data.put("text", "Es fehlt ein Treffpunkt für Jugendliche am Abend, der ohne Auto erreichbar ist.");
        return entry(PLANNING, PLANNING_TYPE + "ContributionReceived.v1", STABSSTELLE, "Participation", participationId, data);
    }

    private TimelineEntry contributionAnswered() {
        String[] contribution = removeRandom(contributions);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contributionId", contribution[0]);
        data.put("participationId", contribution[1]);
        data.put("sozialraumId", sozialraumId);
        data.put("kommuneKey", kommuneKey);
        data.put("goalId", goals.isEmpty() ? null : pick(goals).id);
        data.put("decisionReference", decisions.isEmpty() ? null : "B-" + decisions.size());
        data.put("note", "Aufgenommen in das Handlungskonzept des Stadtteils.");
        return entry(PLANNING, PLANNING_TYPE + "ContributionAnswered.v1", STABSSTELLE, "Participation", contribution[1], data);
    }

    // --- coordination ---

    private TimelineEntry assignmentIssued() {
        Assignment assignment = new Assignment(uuid(random), pick(DEPARTMENTS));
        issued.add(assignment);
        Map<String, Object> data = assignmentData(assignment);
        data.put("title", pick(ASSIGNMENT_TITLES));
        data.put("dueDate", date(30 + random.nextInt(300)));
        data.put("goalIds", goals.isEmpty() ? List.of() : List.of(pick(goals).id));
        data.put("description", "Bitte mit den Trägern im Stadtteil abstimmen und bis zum Fälligkeitstag berichten.");
        data.put("priority", random.nextInt(4) == 0 ? "HIGH" : "NORMAL");
        return coordination("AssignmentIssued", STABSSTELLE, assignment, data);
    }

    private TimelineEntry assignmentAccepted() {
        Assignment assignment = removeRandom(issued);
        working.add(assignment);
        Map<String, Object> data = assignmentData(assignment);
        data.put("plannedCompletion", date(20 + random.nextInt(200)));
        return coordination("AssignmentAccepted", HEADS.get(assignment.department), assignment, data);
    }

    private TimelineEntry assignmentDeclined() {
        Assignment assignment = removeRandom(issued);
        Map<String, Object> data = assignmentData(assignment);
        data.put("reason", "Keine Kapazität im laufenden Haushaltsjahr.");
        return finished(coordination("AssignmentDeclined", HEADS.get(assignment.department), assignment, data), assignment);
    }

    private TimelineEntry progressReported() {
        Assignment assignment = pick(working);
        assignment.percent = Math.min(100, assignment.percent + 5 + random.nextInt(25));
        Map<String, Object> data = assignmentData(assignment);
        data.put("percent", assignment.percent);
        data.put("note", random.nextBoolean() ? null : "Abstimmung mit dem Träger läuft, erste Termine stehen.");
        return coordination("AssignmentProgressReported", HEADS.get(assignment.department), assignment, data);
    }

    private TimelineEntry assignmentBlocked() {
        Assignment assignment = removeRandom(working);
        blocked.add(assignment);
        Map<String, Object> data = assignmentData(assignment);
        data.put("reason", "Räume stehen erst nach der Sanierung zur Verfügung.");
        return coordination("AssignmentBlocked", HEADS.get(assignment.department), assignment, data);
    }

    private TimelineEntry assignmentUnblocked() {
        Assignment assignment = removeRandom(blocked);
        working.add(assignment);
        Map<String, Object> data = assignmentData(assignment);
        data.put("reason", "Sanierung abgeschlossen.");
        return coordination("AssignmentUnblocked", HEADS.get(assignment.department), assignment, data);
    }

    private TimelineEntry assignmentCompleted() {
        Assignment assignment = removeRandom(working);
        Map<String, Object> data = assignmentData(assignment);
        data.put("outcome", "Angebot eingerichtet, läuft wöchentlich.");
        data.put("evidence", random.nextBoolean() ? null : "Sachbericht " + date(0));
        return finished(coordination("AssignmentCompleted", HEADS.get(assignment.department), assignment, data), assignment);
    }

    private TimelineEntry assignmentOverdue() {
        Assignment assignment = pick(working);
        Map<String, Object> data = assignmentData(assignment);
        data.put("dueDate", date(-1));
        data.put("status", assignment.percent > 0 ? "IN_PROGRESS" : "ACCEPTED");
        data.put("escalatedTo", "STABSSTELLE");
        return coordination("AssignmentOverdue", SYSTEM, assignment, data);
    }

    private Map<String, Object> assignmentData(Assignment assignment) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("assignmentId", assignment.id);
        data.put("sozialraumId", sozialraumId);
        data.put("kommuneKey", kommuneKey);
        data.put("department", assignment.department);
        return data;
    }

    private TimelineEntry decisionRecorded() {
        Decision decision = new Decision(uuid(random), "Handlungskonzept " + pick(HANDLUNGSFELDER).toLowerCase() + " beschlossen");
        decisions.add(decision);
        if (decisions.size() > MAX_KEPT) {
            decisions.remove(0);
        }
        Map<String, Object> data = decisionData(decision);
        data.put("body", pick(BODIES));
        data.put("bodyName", null);
        data.put("mandates", List.of());
        return entry(COORDINATION, COORDINATION_TYPE + "DecisionRecorded.v1", STABSSTELLE, "Decision", decision.id, data);
    }

    private TimelineEntry decisionAmended() {
        Decision decision = pick(decisions);
        decision.version++;
        Map<String, Object> data = decisionData(decision);
        data.put("version", decision.version);
        data.put("changed", List.of("rationale", "votes"));
        data.put("reason", "Protokollberichtigung der Sitzung");
        return entry(COORDINATION, COORDINATION_TYPE + "DecisionAmended.v1", STABSSTELLE, "Decision", decision.id, data);
    }

    private Map<String, Object> decisionData(Decision decision) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("decisionId", decision.id);
        data.put("kommuneKey", kommuneKey);
        data.put("sozialraumId", sozialraumId);
        data.put("decidedOn", date(-random.nextInt(14)));
        data.put("subject", decision.subject);
        data.put("rationale", "Die Sozialraumanalyse zeigt erhöhten Bedarf; die Mittel sind im Haushalt eingestellt.");
        data.put("votes", Map.of("yes", 9 + random.nextInt(5), "no", random.nextInt(3), "abstentions", random.nextInt(2)));
        data.put("references", goals.isEmpty() ? List.of()
                : List.of(Map.of("kind", "GOAL", "id", pick(goals).id, "sozialraumId", sozialraumId)));
        return data;
    }

    // --- envelopes ---

    private Map<String, Object> sozialraumData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sozialraumId", sozialraumId);
        data.put("kommuneKey", kommuneKey);
        return data;
    }

    private TimelineEntry planning(String type, TimelineEntry.Actor actor, Map<String, Object> data) {
        return entry(PLANNING, PLANNING_TYPE + type + ".v1", actor, "Sozialraum", sozialraumId, data);
    }

    private TimelineEntry coordination(String type, TimelineEntry.Actor actor, Assignment assignment, Map<String, Object> data) {
        return entry(COORDINATION, COORDINATION_TYPE + type + ".v1", actor, "Assignment", assignment.id, data);
    }

    /** An assignment that reached a final status: its aggregate takes no further events. */
    private TimelineEntry finished(TimelineEntry entry, Assignment assignment) {
        sequences.remove(assignment.id);
        return entry;
    }

    private TimelineEntry entry(String source, String type, TimelineEntry.Actor actor, String aggregateType, String aggregateId,
                                Map<String, Object> data) {
        long sequence = aggregateId.equals(sozialraumId) ? sozialraumSequence++ : sequences.merge(aggregateId, 1L, Long::sum) - 1;
        String correlationId = uuid(random);
        return new TimelineEntry(0, uuid(random), type, source, time, sozialraumId, kommuneKey, actor, correlationId, correlationId,
                new TimelineEntry.Aggregate(aggregateType, aggregateId, sequence), data);
    }

    private String date(int daysFromNow) {
        return LocalDate.ofInstant(time, ZoneOffset.UTC).plusDays(daysFromNow).toString();
    }

    private static String indicator(int index) {
        return String.format("IND-%02d", index + 1);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Removes a random element in O(1) (the order of the rest does not matter). */
    private <T> T removeRandom(List<T> values) {
        int index = random.nextInt(values.size());
        T chosen = values.get(index);
        T last = values.remove(values.size() - 1);
        if (index < values.size()) {
            values.set(index, last);
        }
        return chosen;
    }

    private static String uuid(Random random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    private static final class Goal {
        final String id;
        final String handlungsfeld;
        final String leadDepartment;
        final int indicator;
        String title;
        int revision;

        Goal(String id, String title, String handlungsfeld, String leadDepartment, int indicator) {
            this.id = id;
            this.title = title;
            this.handlungsfeld = handlungsfeld;
            this.leadDepartment = leadDepartment;
            this.indicator = indicator;
        }
    }

    private static final class Assignment {
        final String id;
        final String department;
        int percent;

        Assignment(String id, String department) {
            this.id = id;
            this.department = department;
        }
    }

    private static final class Decision {
        final String id;
        final String subject;
        int version = 1;

        Decision(String id, String subject) {
            this.id = id;
            this.subject = subject;
        }
    }
}
