package net.wsustopology.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Validator;
import org.junit.jupiter.api.Test;

class SplitValidationTest {
    @Test
    void slicesFindExactlyWhatOnePassFindsInTheSameOrder() {
        Topology plan = PlanGenerator.generate(3_000, 7);
        List<Server> servers = plan.servers();
        // findings across slice borders: a duplicate name, a bad port, a language the upstream lacks
        servers.get(10).setName(servers.get(2_990).getName());
        servers.get(1_500).setHttpPort(70_000);
        servers.get(999).setLanguages(servers.get(999).getLanguages().with("xx-unknown", true));
        servers.get(2_000).setUpstreamId(servers.get(2_001).id());
        Validator validator = new Validator();
        List<Finding> onePass = validator.validate(plan);
        assertFalse(onePass.isEmpty());
        for (int slices = 2; slices <= 5; slices++) assertEquals(onePass, SplitValidation.validate(validator, plan, slices), "slices " + slices);
    }

    @Test
    void smallPlansAreCheckedInOnePass() {
        Topology plan = PlanGenerator.generate(100, 1);
        assertEquals(new Validator().validate(plan), SplitValidation.validate(new Validator(), plan));
    }
}
