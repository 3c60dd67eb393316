package org.gongkai.render;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Lets templates write {@code $doc.title} for a record's {@code title()} accessor, so view models can be
 * plain records rather than beans or maps.
 */
public final class RecordUberspector extends UberspectImpl {

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) {
        if (obj != null && obj.getClass().isRecord()) {
            try {
                Method m = obj.getClass().getMethod(identifier);
                if (Modifier.isPublic(m.getModifiers())) {
                    m.setAccessible(true);
                    return new Accessor(m);
                }
            } catch (NoSuchMethodException e) {
                // fall through to the bean rules
            }
        }
        return super.getPropertyGet(obj, identifier, i);
    }

    private record Accessor(Method method) implements VelPropertyGet {
        @Override
        public Object invoke(Object o) throws Exception {
            return method.invoke(o);
        }

        @Override
        public boolean isCacheable() {
            return true;
        }

        @Override
        public String getMethodName() {
            return method.getName();
        }
    }
}
