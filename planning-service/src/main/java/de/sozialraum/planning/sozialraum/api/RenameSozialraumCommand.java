package de.sozialraum.planning.sozialraum.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameSozialraumCommand(@TargetAggregateIdentifier String sozialraumId, String name) {
}
