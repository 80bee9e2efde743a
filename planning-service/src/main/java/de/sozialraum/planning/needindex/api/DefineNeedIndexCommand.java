package de.sozialraum.planning.needindex.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The Stabsstelle fixes (again) which indicators, with which weights, make up its Kommune's need index. */
public record DefineNeedIndexCommand(
        @TargetAggregateIdentifier String methodId,
        String kommuneKey,
        List<NeedIndexComponent> components,
        String reason) {

    public static DefineNeedIndexCommand of(String kommuneKey, List<NeedIndexComponent> components, String reason) {
        return new DefineNeedIndexCommand(NeedIndexDefinedEvent.methodId(kommuneKey), kommuneKey, components, reason);
    }
}
