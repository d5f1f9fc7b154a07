package org.toetempo.figure;

/** A point in the figure's space, in millimetres: x forward, y to the person's left, z up from the floor. */
public record Vec(double x, double y, double z) {

    Vec plus(Vec o) {
        return new Vec(x + o.x, y + o.y, z + o.z);
    }

    Vec minus(Vec o) {
        return new Vec(x - o.x, y - o.y, z - o.z);
    }

    Vec times(double k) {
        return new Vec(x * k, y * k, z * k);
    }

    double length() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    /** Turned about an axis along y through {@code c}: positive angles lift points behind {@code c}. */
    Vec pitch(Vec c, double degrees) {
        double a = Math.toRadians(degrees);
        double dx = x - c.x;
        double dz = z - c.z;
        return new Vec(c.x + dx * Math.cos(a) + dz * Math.sin(a), y, c.z - dx * Math.sin(a) + dz * Math.cos(a));
    }

    /** Turned about an axis along x through {@code c}: positive angles lift points on the +y side of {@code c}. */
    Vec roll(Vec c, double degrees) {
        double a = Math.toRadians(degrees);
        double dy = y - c.y;
        double dz = z - c.z;
        return new Vec(x, c.y + dy * Math.cos(a) - dz * Math.sin(a), c.z + dy * Math.sin(a) + dz * Math.cos(a));
    }

    /** Turned about a vertical axis through {@code c}: positive angles turn toward +y. */
    Vec yaw(Vec c, double degrees) {
        double a = Math.toRadians(degrees);
        double dx = x - c.x;
        double dy = y - c.y;
        return new Vec(c.x + dx * Math.cos(a) - dy * Math.sin(a), c.y + dx * Math.sin(a) + dy * Math.cos(a), z);
    }
}
