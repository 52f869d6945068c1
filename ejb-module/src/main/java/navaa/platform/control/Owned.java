package navaa.platform.control;

/** Something that belongs to one account: a job, a file, a chat, a key. */
public interface Owned {

    /** The numeric id of the owning account. */
    long ownerId();
}
