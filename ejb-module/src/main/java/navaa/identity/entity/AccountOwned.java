package navaa.identity.entity;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import navaa.platform.control.Owned;
import navaa.platform.entity.NumberedEntity;

/**
 * A user's row (a job, a voice database): only its owner, or an admin, may see it. The
 * account is read when first touched, since most uses need only its id.
 */
@MappedSuperclass
public abstract class AccountOwned extends NumberedEntity implements Owned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    protected AccountOwned() {
    }

    protected AccountOwned(Account account) {
        this.account = account;
    }

    @Override
    public long ownerId() {
        return account.getId();
    }

    /** The owner's username, for the admin console; its queries fetch the account with the row. */
    public String ownerName() {
        return account.getUsername();
    }
}
