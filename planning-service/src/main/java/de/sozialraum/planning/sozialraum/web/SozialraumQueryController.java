package de.sozialraum.planning.sozialraum.web;

import java.util.List;
import java.util.Map;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.indicator.query.MeasurementReadings;
import de.sozialraum.planning.needindex.query.NeedIndexQueries;
import de.sozialraum.planning.sozialraum.query.GoalView;
import de.sozialraum.planning.sozialraum.query.MongoGoalViews;
import de.sozialraum.planning.sozialraum.query.MongoSozialraumViews;
import de.sozialraum.planning.sozialraum.query.SozialraumView;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's Sozialräume. The views follow the commands within moments (a tracking processor). */
@RestController
@RequestMapping("/api/sozialraeume")
class SozialraumQueryController {

    private final MongoSozialraumViews views;
    private final MongoGoalViews goals;
    private final MeasurementReadings readings;
    private final NeedIndexQueries needIndex;
    private final CurrentActor currentActor;

    SozialraumQueryController(MongoSozialraumViews views, MongoGoalViews goals, MeasurementReadings readings,
                              NeedIndexQueries needIndex, CurrentActor currentActor) {
        this.views = views;
        this.goals = goals;
        this.readings = readings;
        this.needIndex = needIndex;
        this.currentActor = currentActor;
    }

    /**
     * @param needIndex each active Sozialraum's need index among its siblings (by id); empty until the
     *                  Kommune has defined its need index
     */
    record SozialraumTree(String kommuneKey, List<SozialraumView> sozialraeume, Map<String, NeedIndexQueries.Score> needIndex) {
    }

    /** All Sozialräume of the caller's Kommune, active and retired, as a tree by parent, with their need index. */
    @GetMapping
    SozialraumTree tree() {
        Actor actor = currentActor.get();
        PlanningAccessRules.readSozialraeume(actor);
        List<SozialraumView> tree = views.tree(actor.kommune());
        return new SozialraumTree(actor.kommune(), tree, needIndex.scores(actor.kommune(), tree));
    }

    /** One Sozialraum with its boundary; another Kommune's answers like an unknown id. */
    @GetMapping("/{sozialraumId}")
    SozialraumView one(@PathVariable String sozialraumId) {
        PlanningAccessRules.readSozialraum(currentActor.get(), views, sozialraumId);
        return views.view(sozialraumId).orElseThrow(() -> new NotFoundException("not-found", "No Sozialraum " + sozialraumId, sozialraumId));
    }

    record Goals(String sozialraumId, List<GoalView> goals) {
    }

    /** The Sozialraum's goals, open and closed, the earliest due first; measured ones with their progress. */
    @GetMapping("/{sozialraumId}/goals")
    Goals goals(@PathVariable String sozialraumId) {
        PlanningAccessRules.readSozialraum(currentActor.get(), views, sozialraumId);
        return new Goals(sozialraumId, goals.of(sozialraumId).stream().map(goal -> goal.withProgressFrom(readings)).toList());
    }
}
