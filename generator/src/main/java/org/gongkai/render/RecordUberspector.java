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

    /**
     * Velocity caches introspection per template node and context; every page has a new context, so the
     * lookup is remembered here, once per record class and name.
     */
    private final java.util.Map<Class<?>, java.util.Map<String, java.util.Optional<Accessor>>> accessors =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) {
        if (obj != null && obj.getClass().isRecord()) {
            java.util.Optional<Accessor> a = accessors
                    .computeIfAbsent(obj.getClass(), c -> new java.util.concurrent.ConcurrentHashMap<>())
                    .computeIfAbsent(identifier, name -> find(obj.getClass(), name));
            if (a.isPresent()) {
                return a.get();
            }
        }
        return super.getPropertyGet(obj, identifier, i);
    }

    private static java.util.Optional<Accessor> find(Class<?> type, String name) {
        try {
            Method m = type.getMethod(name);
            if (Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0) {
                m.setAccessible(true);
                return java.util.Optional.of(new Accessor(m));
            }
        } catch (NoSuchMethodException e) {
            // not an accessor: the bean rules apply
        }
        return java.util.Optional.empty();
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
