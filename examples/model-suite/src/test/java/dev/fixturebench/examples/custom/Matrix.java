package dev.fixturebench.examples.custom;

import java.util.Random;

/** A dense row-major matrix of doubles with the few operations the tiny models need. */
public final class Matrix {

    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** A rows × cols matrix of zeros. */
    public static Matrix zeros(int rows, int cols) {
        return new Matrix(rows, cols, new double[rows * cols]);
    }

    /** Entries drawn from N(0, std²) using {@code random}, row by row. */
    public static Matrix gaussian(int rows, int cols, double std, Random random) {
        double[] data = new double[rows * cols];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextGaussian() * std;
        }
        return new Matrix(rows, cols, data);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public double get(int row, int col) {
        return data[row * cols + col];
    }

    public void set(int row, int col, double value) {
        data[row * cols + col] = value;
    }

    /** A copy of one row. */
    public double[] row(int row) {
        double[] copy = new double[cols];
        System.arraycopy(data, row * cols, copy, 0, cols);
        return copy;
    }

    /** Overwrites one row with {@code values}. */
    public void setRow(int row, double[] values) {
        if (values.length != cols) {
            throw new IllegalArgumentException("row of " + values.length + " values for " + cols + " columns");
        }
        System.arraycopy(values, 0, data, row * cols, cols);
    }

    /** this × other. */
    public Matrix times(Matrix other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException(shape() + " × " + other.shape());
        }
        double[] out = new double[rows * other.cols];
        for (int i = 0; i < rows; i++) {
            int outRow = i * other.cols;
            for (int k = 0; k < cols; k++) {
                double a = data[i * cols + k];
                if (a == 0.0) {
                    continue;
                }
                int otherRow = k * other.cols;
                for (int j = 0; j < other.cols; j++) {
                    out[outRow + j] += a * other.data[otherRow + j];
                }
            }
        }
        return new Matrix(rows, other.cols, out);
    }

    /** this × otherᵀ. */
    public Matrix timesTransposed(Matrix other) {
        if (cols != other.cols) {
            throw new IllegalArgumentException(shape() + " × " + other.shape() + "ᵀ");
        }
        double[] out = new double[rows * other.rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < other.rows; j++) {
                double sum = 0.0;
                for (int k = 0; k < cols; k++) {
                    sum += data[i * cols + k] * other.data[j * cols + k];
                }
                out[i * other.rows + j] = sum;
            }
        }
        return new Matrix(rows, other.rows, out);
    }

    /** An independent copy. */
    public Matrix copy() {
        return new Matrix(rows, cols, data.clone());
    }

    /** The transpose, as a new matrix. */
    public Matrix transposed() {
        double[] out = new double[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = data[i * cols + j];
            }
        }
        return new Matrix(cols, rows, out);
    }

    /** Adds {@code other} of the same shape in place; returns this. */
    public Matrix addInPlace(Matrix other) {
        if (rows != other.rows || cols != other.cols) {
            throw new IllegalArgumentException(shape() + " + " + other.shape());
        }
        for (int i = 0; i < data.length; i++) {
            data[i] += other.data[i];
        }
        return this;
    }

    /** Adds {@code bias} to every row in place; returns this. */
    public Matrix addRowInPlace(double[] bias) {
        if (bias.length != cols) {
            throw new IllegalArgumentException("bias of " + bias.length + " for " + cols + " columns");
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                data[i * cols + j] += bias[j];
            }
        }
        return this;
    }

    /** Multiplies every entry by {@code factor} in place; returns this. */
    public Matrix scaleInPlace(double factor) {
        for (int i = 0; i < data.length; i++) {
            data[i] *= factor;
        }
        return this;
    }

    /** max(0, x) in place; returns this. */
    public Matrix reluInPlace() {
        for (int i = 0; i < data.length; i++) {
            if (data[i] < 0.0) {
                data[i] = 0.0;
            }
        }
        return this;
    }

    /** Sets columns [from, to) to zero in place; returns this. */
    public Matrix zeroColumnsInPlace(int from, int to) {
        for (int i = 0; i < rows; i++) {
            for (int j = from; j < to; j++) {
                data[i * cols + j] = 0.0;
            }
        }
        return this;
    }

    /** Columns [from, to) as a new matrix. */
    public Matrix columns(int from, int to) {
        Matrix out = zeros(rows, to - from);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(data, i * cols + from, out.data, i * out.cols, to - from);
        }
        return out;
    }

    /** Copies {@code block} into columns starting at {@code from}, in place; returns this. */
    public Matrix setColumns(int from, Matrix block) {
        for (int i = 0; i < rows; i++) {
            System.arraycopy(block.data, i * block.cols, data, i * cols + from, block.cols);
        }
        return this;
    }

    /** The mean of each column. */
    public double[] columnMeans() {
        double[] means = new double[cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                means[j] += data[i * cols + j];
            }
        }
        for (int j = 0; j < cols; j++) {
            means[j] /= rows;
        }
        return means;
    }

    /** Whether every entry is finite. */
    public boolean isFinite() {
        for (double value : data) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    /** "rows×cols". */
    public String shape() {
        return rows + "×" + cols;
    }

    @Override
    public String toString() {
        return "Matrix[" + shape() + "]";
    }
}
