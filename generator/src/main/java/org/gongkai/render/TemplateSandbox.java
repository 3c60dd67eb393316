package org.gongkai.render;

import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.directive.Scope;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * What a template may touch: the view records' own accessors and methods ({@code $doc.title} for
 * {@code title()}), and the few String, number, list and map methods the themes use. Everything
 * else is refused with a {@link TemplateRefusal} naming the template, line and column.
 *
 * <p>Theme templates are edited by people the build does not trust. Velocity's default
 * introspection lets a template call any public method of any object it can reach, and from {@code
 * $x.getClass()} or {@code $x.class} every object reaches {@code Class.forName}, {@code
 * Runtime.exec}, the class loader and reflection. A deny-list (Velocity's SecureUberspector) has to
 * name every dangerous class and package and has been bypassed before; an allow-list of what
 * templates actually need cannot be: a method that is not on it is not called.
 */
public final class TemplateSandbox extends UberspectImpl {

    /** String methods that only read the string. */
    static final Set<String> STRING =
            Set.of(
                    "length",
                    "isEmpty",
                    "isBlank",
                    "contains",
                    "startsWith",
                    "endsWith",
                    "substring",
                    "indexOf",
                    "lastIndexOf",
                    "charAt",
                    "equals",
                    "equalsIgnoreCase",
                    "compareTo",
                    "trim",
                    "strip",
                    "toUpperCase",
                    "toLowerCase",
                    "replace",
                    "toString");

    static final Set<String> NUMBER =
            Set.of("intValue", "longValue", "doubleValue", "compareTo", "equals", "toString");
    static final Set<String> BOOLEAN = Set.of("booleanValue", "equals", "toString");
    static final Set<String> COLLECTION =
            Set.of(
                    "size",
                    "isEmpty",
                    "get",
                    "contains",
                    "indexOf",
                    "subList",
                    "equals",
                    "toString");
    static final Set<String> MAP =
            Set.of(
                    "get",
                    "containsKey",
                    "size",
                    "isEmpty",
                    "keySet",
                    "values",
                    "entrySet",
                    "equals",
                    "toString");
    static final Set<String> MAP_ENTRY = Set.of("getKey", "getValue", "toString");
    static final Set<String> ITERATOR = Set.of("hasNext", "next");

    /**
     * {@code $foreach.count}, {@code .index}, {@code .first}, {@code .last}, {@code .hasNext}: not
     * its parent or template.
     */
    static final Set<String> FOREACH =
            Set.of(
                    "getCount",
                    "getIndex",
                    "hasNext",
                    "getHasNext",
                    "isFirst",
                    "getFirst",
                    "isLast",
                    "getLast");

    /**
     * Velocity caches introspection per template node and context; every page has a new context, so
     * the record lookup is remembered here, once per record class and name.
     */
    private final ClassValue<Map<String, Optional<Accessor>>> accessors =
            new ClassValue<>() {
                @Override
                protected Map<String, Optional<Accessor>> computeValue(Class<?> type) {
                    return isView(type)
                            ? new ConcurrentHashMap<>()
                            : null; // null: not a view record, no accessors
                }
            };

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) {
        if (obj == null) {
            return null;
        }
        // every reference of every page comes here (Velocity's own cache lives in the page's
        // context): one ClassValue look-up says whether obj is a view record, instead of
        // Class.isRecord (a native call C1 does not inline) and the class name, then one map
        // look-up for the name
        Map<String, Optional<Accessor>> ofView = accessors.get(obj.getClass());
        if (ofView != null) {
            Optional<Accessor> a = ofView.get(identifier);
            if (a == null) {
                a = ofView.computeIfAbsent(identifier, name -> find(obj.getClass(), name));
            }
            if (a.isPresent()) {
                return a.get();
            }
        }
        VelPropertyGet get = super.getPropertyGet(obj, identifier, i);
        if (get != null && !allowed(obj.getClass(), get.getMethodName())) {
            throw TemplateRefusal.at(i, "“." + identifier + "”（" + shown(obj) + "）");
        }
        if (get == null && ofView != null) {
            return null; // no such field: strict mode reports the typo as before
        }
        return get;
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info i) {
        if (obj == null) {
            return null;
        }
        if (!allowed(obj.getClass(), methodName)) {
            throw TemplateRefusal.at(i, "“." + methodName + "(…)”（" + shown(obj) + "）");
        }
        return super.getMethod(obj, methodName, args, i);
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info i) {
        // a page's data is the same for every template: nothing is written into it
        throw TemplateRefusal.at(i, "对“." + identifier + "”赋值");
    }

    @Override
    public Iterator<?> getIterator(Object obj, Info i) {
        if (obj == null || obj.getClass().isArray() || isJdkCollection(obj.getClass())) {
            return super.getIterator(obj, i);
        }
        throw TemplateRefusal.at(i, "遍历 " + shown(obj));
    }

    /**
     * Decisions already made: they depend on the class and the name only, and a page asks
     * thousands.
     */
    private static final ClassValue<Map<String, Boolean>> DECIDED =
            new ClassValue<>() {
                @Override
                protected Map<String, Boolean> computeValue(Class<?> type) {
                    return new ConcurrentHashMap<>();
                }
            };

    /** Whether a template may call {@code method} on an object of {@code type}. */
    static boolean allowed(Class<?> type, String method) {
        Map<String, Boolean> ofType = DECIDED.get(type);
        Boolean decided = ofType.get(method);
        return decided != null ? decided : ofType.computeIfAbsent(method, m -> decide(type, m));
    }

    private static boolean decide(Class<?> type, String method) {
        if (isView(type)) {
            return find(type, method).isPresent() || declared(type, method);
        }
        if (type == String.class) {
            return STRING.contains(method);
        }
        if (type == Boolean.class) {
            return BOOLEAN.contains(method);
        }
        if (Number.class.isAssignableFrom(type) && type.getName().startsWith("java.")) {
            return NUMBER.contains(method);
        }
        if (Scope.class.isAssignableFrom(type)) {
            return FOREACH.contains(method);
        }
        if (!isJdkCollection(type)) {
            return false;
        }
        if (Map.class.isAssignableFrom(type)) {
            return MAP.contains(method);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return COLLECTION.contains(method);
        }
        if (Map.Entry.class.isAssignableFrom(type)) {
            return MAP_ENTRY.contains(method);
        }
        return Iterator.class.isAssignableFrom(type) && ITERATOR.contains(method);
    }

    /**
     * The records the generator hands to templates. Records are plain data: their methods are the
     * ones written in the record (never {@code getClass}, which comes from Object).
     */
    private static boolean isView(Class<?> type) {
        return type.isRecord() && type.getName().startsWith("org.gongkai.");
    }

    /**
     * Lists, maps and their iterators from java.util (what records hold and Velocity's own {@code
     * [..]} and {@code {}} make); Velocity wraps arrays in its ArrayListWrapper. A collection class
     * of some other library could have methods of its own that reach further.
     */
    private static boolean isJdkCollection(Class<?> type) {
        boolean collectionLike =
                Collection.class.isAssignableFrom(type)
                        || Map.class.isAssignableFrom(type)
                        || Map.Entry.class.isAssignableFrom(type)
                        || Iterator.class.isAssignableFrom(type);
        return collectionLike
                && (type.getName().startsWith("java.util.")
                        || type.getName().equals("org.apache.velocity.util.ArrayListWrapper"));
    }

    /** A public instance method the record itself declares ({@code hasTotals(int)}, say). */
    private static boolean declared(Class<?> type, String name) {
        for (Method m : type.getDeclaredMethods()) {
            if (m.getName().equals(name)
                    && Modifier.isPublic(m.getModifiers())
                    && !Modifier.isStatic(m.getModifiers())) {
                return true;
            }
        }
        return false;
    }

    private static String shown(Object obj) {
        return obj instanceof String
                ? "文字"
                : obj.getClass().isRecord() ? "页面数据" : obj.getClass().getSimpleName();
    }

    private static Optional<Accessor> find(Class<?> type, String name) {
        try {
            Method m = type.getMethod(name);
            if (m.getDeclaringClass() == type
                    && Modifier.isPublic(m.getModifiers())
                    && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 0) {
                m.setAccessible(true);
                return Optional.of(new Accessor(m));
            }
        } catch (NoSuchMethodException e) {
            // not an accessor of this record
        }
        return Optional.empty();
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

    /**
     * The one Velocity engine set-up for a theme (the column's pages and the platform's alike):
     * templates from the theme only, strict references, introspection through this sandbox, the
     * theme's macros; a template that does not parse is a {@link TemplateRefusal} at its line.
     */
    static VelocityEngine engine(Theme theme) {
        var engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "theme");
        engine.setProperty(
                "resource.loader.theme.instance", new ThemeResourceLoader(theme.templates()));
        engine.setProperty("resource.loader.theme.cache", "true");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, TemplateSandbox.class.getName());
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        // escaping is the engine's, not each page's: a page's own EventCartridge cost its creation
        // and, on every reference inserted, a synchronized setRuntimeServices (Velocity's
        // EventHandlerUtil), while the engine's cartridge is asked directly
        engine.setProperty(
                RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEscaping.class.getName());
        if (theme.hasTemplate("macros.vm")) {
            engine.setProperty(RuntimeConstants.VM_LIBRARY, "macros.vm");
        }
        try {
            engine.init();
        } catch (VelocityException e) {
            TemplateRefusal failed = TemplateRefusal.failed(e);
            throw failed.from(theme.source(failed.template()));
        }
        return engine;
    }

    /**
     * A page's context: every reference HTML-escaped unless its name says it is HTML already
     * ({@link HtmlEscaping}), and the values every page's layout reads.
     */
    static VelocityContext context(
            PageViews.SiteView site,
            PageViews.PageMeta page,
            String root,
            Map<String, String> assets,
            String template,
            Object view) {
        var ctx = new VelocityContext();
        ctx.put("site", site);
        ctx.put("page", page);
        ctx.put("root", root);
        ctx.put("assets", assets);
        ctx.put("template", template);
        ctx.put("view", view);
        return ctx;
    }

    /**
     * Renders {@code layout}; a template that reaches past the sandbox or fails is refused at its
     * line.
     */
    static void merge(Theme theme, Template layout, VelocityContext ctx, Writer w) {
        try {
            layout.merge(ctx, w);
        } catch (TemplateRefusal refused) {
            throw refused.from(theme.source(refused.template()));
        } catch (VelocityException e) {
            // a theme template that does not parse or run is the theme editor's to fix, at its line
            TemplateRefusal failed = TemplateRefusal.failed(e);
            throw failed.from(theme.source(failed.template()));
        }
    }
}
