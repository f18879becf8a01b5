package dev.stratum.examples.clinic;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that records the SQL of every statement executed through it (a batch counts once) and how many of its
 * connections are open, so a test can prove how many round trips an operation costs. Test code only: it wraps the
 * driver's objects in dynamic proxies.
 */
final class CountingDataSource implements DataSource {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    private final DataSource target;
    private final List<String> executed = new ArrayList<>();
    private final AtomicInteger open = new AtomicInteger();

    CountingDataSource(DataSource target) {
        this.target = target;
    }

    /** The SQL of the statements executed since the last {@link #reset()}, in order. */
    synchronized List<String> executed() {
        return List.copyOf(executed);
    }

    synchronized void reset() {
        executed.clear();
    }

    /** How many connections handed out are not closed yet. */
    int openConnections() {
        return open.get();
    }

    private synchronized void record(String sql) {
        executed.add(sql);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return track(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return track(target.getConnection(username, password));
    }

    private Connection track(Connection connection) {
        open.incrementAndGet();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close") && !connection.isClosed()) {
                open.decrementAndGet();
            }
            Object result = invoke(connection, method, args);
            if (result instanceof Statement statement) {
                return statement(statement, method.getName().startsWith("prepare") ? (String) args[0] : null);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private Statement statement(Statement statement, String sql) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                record(sql != null ? sql : String.valueOf(args == null ? null : args[0]));
            }
            return invoke(statement, method, args);
        };
        Class<?> type = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return target.isWrapperFor(type);
    }
}
