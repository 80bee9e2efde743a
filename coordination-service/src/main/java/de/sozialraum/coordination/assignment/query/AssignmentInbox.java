package de.sozialraum.coordination.assignment.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.sozialraum.coordination.sozialraum.persistence.MongoSozialraumDirectory;

/** A department's inbox, judged by today's date in Germany (the {@link Clock} bean, which tests move). */
public class AssignmentInbox {

    private final MongoAssignmentViews views;
    private final MongoSozialraumDirectory sozialraeume;
    private final Clock clock;

    public AssignmentInbox(MongoAssignmentViews views, MongoSozialraumDirectory sozialraeume, Clock clock) {
        this.views = views;
        this.sozialraeume = sozialraeume;
        this.clock = clock;
    }

    public Inbox of(String kommuneKey, String department, int dueSoonDays) {
        LocalDate today = LocalDate.now(clock);
        List<AssignmentView> assignments = views.withDepartment(kommuneKey, department);
        Map<String, String> names = sozialraeume.names(assignments.stream().map(AssignmentView::sozialraumId).distinct().toList());
        List<Inbox.Item> overdue = new ArrayList<>();
        List<Inbox.Item> dueSoon = new ArrayList<>();
        List<Inbox.Item> open = new ArrayList<>();
        for (AssignmentView assignment : assignments) { // sorted by due date: each group stays sorted
            long daysLeft = ChronoUnit.DAYS.between(today, assignment.dueDate());
            Inbox.Item item = new Inbox.Item(assignment.id(), assignment.title(), assignment.sozialraumId(),
                    names.get(assignment.sozialraumId()), assignment.status(), assignment.priority(), assignment.dueDate(),
                    daysLeft, assignment.progress());
            (daysLeft < 0 ? overdue : daysLeft <= dueSoonDays ? dueSoon : open).add(item);
        }
        return new Inbox(kommuneKey, department, today, dueSoonDays, overdue, dueSoon, open);
    }
}
