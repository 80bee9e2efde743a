package de.sozialraum.reporting;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import de.sozialraum.testsupport.ArchitectureRules;

@AnalyzeClasses(packages = "de.sozialraum.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainAndMessagesAreFreeOfInfrastructure = ArchitectureRules.domainAndMessagesAreFreeOfInfrastructure();

    @ArchTest
    static final ArchRule eventsFollowThePublishedContract = ArchitectureRules.eventsFollowThePublishedContract();

    @ArchTest
    static final ArchRule commandHandlersKnowTheActor = ArchitectureRules.commandHandlersKnowTheActor();
}
