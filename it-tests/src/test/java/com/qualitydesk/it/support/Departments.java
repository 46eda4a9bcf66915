package com.qualitydesk.it.support;

import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;

/**
 * Runs a piece of a test as a person of one department, so services are called with the same
 * role checks a logged-in user meets.
 */
@Stateless
public class Departments {

    @Inject
    AsSales sales;

    @Inject
    AsQuality quality;

    @Inject
    AsAdmin admin;

    @Inject
    AsTechnical technical;

    @Inject
    AsProduction production;

    @Inject
    AsGeneralManager generalManager;

    @Inject
    AsFinance finance;

    @Inject
    AsService service;

    public <T> T sales(Callable<T> work) throws Exception {
        return sales.call(work);
    }

    public <T> T quality(Callable<T> work) throws Exception {
        return quality.call(work);
    }

    public <T> T technical(Callable<T> work) throws Exception {
        return technical.call(work);
    }

    public <T> T production(Callable<T> work) throws Exception {
        return production.call(work);
    }

    public <T> T generalManager(Callable<T> work) throws Exception {
        return generalManager.call(work);
    }

    public <T> T finance(Callable<T> work) throws Exception {
        return finance.call(work);
    }

    public <T> T service(Callable<T> work) throws Exception {
        return service.call(work);
    }

    public <T> T admin(Callable<T> work) throws Exception {
        return admin.call(work);
    }

    /** Runs the work with the identity of its subclass's @RunAs; one subclass per department. */
    public abstract static class RunsAs {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @RunAs(Role.SALES)
    public static class AsSales extends RunsAs {}

    @Stateless
    @RunAs(Role.QUALITY)
    public static class AsQuality extends RunsAs {}

    @Stateless
    @RunAs(Role.ADMIN)
    public static class AsAdmin extends RunsAs {}

    @Stateless
    @RunAs(Role.TECHNICAL)
    public static class AsTechnical extends RunsAs {}

    @Stateless
    @RunAs(Role.PRODUCTION)
    public static class AsProduction extends RunsAs {}

    @Stateless
    @RunAs(Role.GENERAL_MANAGER)
    public static class AsGeneralManager extends RunsAs {}

    @Stateless
    @RunAs(Role.FINANCE)
    public static class AsFinance extends RunsAs {}

    @Stateless
    @RunAs(Role.SERVICE)
    public static class AsService extends RunsAs {}
}
