package navaa.system;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** The archive under test is the EAR the build made, exactly as ./navaa deploys it. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive navaaEar() {
        File ear = new File(System.getProperty("navaa.it.ear", "../ear/target/navaa.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("the EAR is missing at " + ear + ": run the build (mvn verify) from the top");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
