package navaa.clinic.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A break in a doctor's working day, in minutes after Tehran's midnight, {@code [start, end)}. */
@Embeddable
public class DoctorBreak {

    @Column(name = "break_start")
    private int start;

    @Column(name = "break_end")
    private int end;

    protected DoctorBreak() {
    }

    public DoctorBreak(int start, int end) {
        this.start = start;
        this.end = end;
    }

    public int getStart() { return start; }
    public int getEnd() { return end; }
}
