package io.dmconnect.source.mysql.metrics;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** Registration of the source's MBeans. Metrics are best effort: a JMX problem never stops a task. */
final class MBeans {
    private MBeans() {
    }

    /** Registers {@code bean} under {@code name}, replacing one a task restarted in the same worker left; null on failure. */
    static ObjectName register(Object bean, String name) {
        try {
            ObjectName objectName = new ObjectName(name);
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            if (server.isRegistered(objectName)) {
                server.unregisterMBean(objectName);
            }
            server.registerMBean(bean, objectName);
            return objectName;
        } catch (JMException e) {
            return null;
        }
    }

    static void unregister(ObjectName name) {
        if (name != null) {
            try {
                ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
            } catch (JMException e) {
                // already gone
            }
        }
    }
}
